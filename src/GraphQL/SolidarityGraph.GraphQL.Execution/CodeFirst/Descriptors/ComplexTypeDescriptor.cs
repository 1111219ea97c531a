using System.Linq.Expressions;
using System.Reflection;
using SolidarityGraph.GraphQL.CodeFirst.Building;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.CodeFirst.Descriptors;

/// <summary>Records the configuration of an object type or interface over <typeparamref name="T"/>.</summary>
internal sealed class ComplexTypeDescriptor<T> : IObjectTypeDescriptor<T>, IInterfaceTypeDescriptor<T>
{
    public ComplexTypeDescriptor(Type definition, bool isInterface)
    {
        // A root class without a definition of its own is its own source in error messages.
        var source = definition.IsGenericType && definition.GetGenericTypeDefinition() == typeof(ImplicitObjectType<>) ? typeof(T) : definition;
        Config = new ComplexTypeConfig(typeof(T), source, NameConventions.TypeName(typeof(T)), isInterface);
    }

    public ComplexTypeConfig Config { get; }

    public IObjectTypeDescriptor<T> Name(string name)
    {
        Config.Name = name;
        Config.HasExplicitName = true;
        return this;
    }

    public IObjectTypeDescriptor<T> Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    public IObjectTypeDescriptor<T> BindFields(BindingBehavior behavior)
    {
        Config.Binding = behavior;
        return this;
    }

    public IObjectFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member) => FieldFor(MemberExpressions.GetMember(member));

    public IObjectFieldDescriptor Field(string name)
    {
        var field = Config.Fields.Find(f => f.Name == name && (f.Member is null || f.ResolverType is not null));
        if (field is null)
        {
            field = new FieldConfig(name, Config.ConfigureSource);
            Config.Fields.Add(field);
        }

        return new FieldDescriptor(field);
    }

    public IObjectTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member)
    {
        Config.IgnoredMembers.Add(MemberExpressions.GetMember(member));
        return this;
    }

    public IObjectTypeDescriptor<T> Implements<TInterfaceType>()
        where TInterfaceType : class
    {
        Config.Interfaces.Add(TypeRef.FromDefinition(typeof(TInterfaceType)));
        return this;
    }

    public IObjectTypeDescriptor<T> IsTypeOf(Func<object, bool> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        Config.IsTypeOf = (value, _) => check(value);
        return this;
    }

    public IObjectTypeDescriptor<T> Authorize(string? policy = null)
    {
        AuthorizationMetadata.Add(Config.ContextData, policy);
        return this;
    }

    public IObjectTypeDescriptor<T> Metadata(string key, object? value)
    {
        Config.ContextData[key] = value;
        return this;
    }

    IInterfaceTypeDescriptor<T> IInterfaceTypeDescriptor<T>.Name(string name)
    {
        Name(name);
        return this;
    }

    IInterfaceTypeDescriptor<T> IInterfaceTypeDescriptor<T>.Description(string? description)
    {
        Description(description);
        return this;
    }

    IInterfaceTypeDescriptor<T> IInterfaceTypeDescriptor<T>.BindFields(BindingBehavior behavior)
    {
        BindFields(behavior);
        return this;
    }

    IInterfaceFieldDescriptor IInterfaceTypeDescriptor<T>.Field<TValue>(Expression<Func<T, TValue>> member) =>
        FieldFor(MemberExpressions.GetMember(member));

    IInterfaceFieldDescriptor IInterfaceTypeDescriptor<T>.Field(string name) => (FieldDescriptor)Field(name);

    IInterfaceTypeDescriptor<T> IInterfaceTypeDescriptor<T>.Ignore<TValue>(Expression<Func<T, TValue>> member)
    {
        Ignore(member);
        return this;
    }

    IInterfaceTypeDescriptor<T> IInterfaceTypeDescriptor<T>.ResolveAbstractType(TypeResolver resolver)
    {
        Config.ResolveType = resolver ?? throw new ArgumentNullException(nameof(resolver));
        return this;
    }

    IInterfaceTypeDescriptor<T> IInterfaceTypeDescriptor<T>.Metadata(string key, object? value)
    {
        Metadata(key, value);
        return this;
    }

    private FieldDescriptor FieldFor(MemberInfo member)
    {
        var field = Config.Fields.Find(f => f.ResolverType is null && MemberIdentity.Same(f.Member, member));
        if (field is null)
        {
            field = new FieldConfig(NameConventions.FieldName(member), MemberSource(member, Config.Source)) { Member = member };
            Config.Fields.Add(field);
        }

        return new FieldDescriptor(field);
    }

    internal static string MemberSource(MemberInfo member, Type definition) =>
        member.DeclaringType == definition || member.DeclaringType is null
            ? $"{definition.Name}.{member.Name}"
            : $"{member.DeclaringType.Name}.{member.Name}, {definition.Name}";
}
