using System.Linq.Expressions;
using System.Reflection;
using SolidarityGraph.GraphQL.CodeFirst.Building;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.CodeFirst.Descriptors;

/// <summary>Records the configuration of a union.</summary>
internal sealed class UnionTypeDescriptor<T>(Type definition) : IUnionTypeDescriptor<T>
{
    public UnionTypeConfig Config { get; } = new(typeof(T), definition, NameConventions.TypeName(typeof(T)));

    public IUnionTypeDescriptor<T> Name(string name)
    {
        Config.Name = name;
        Config.HasExplicitName = true;
        return this;
    }

    public IUnionTypeDescriptor<T> Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    public IUnionTypeDescriptor<T> Type<TObjectType>()
        where TObjectType : class
    {
        Config.Members.Add(TypeRef.FromDefinition(typeof(TObjectType)));
        return this;
    }

    public IUnionTypeDescriptor<T> ResolveAbstractType(TypeResolver resolver)
    {
        Config.ResolveType = resolver ?? throw new ArgumentNullException(nameof(resolver));
        return this;
    }

    public IUnionTypeDescriptor<T> Metadata(string key, object? value)
    {
        Config.ContextData[key] = value;
        return this;
    }
}

/// <summary>Records the configuration of an enum; every CLR member starts as a value named by convention.</summary>
internal sealed class EnumTypeDescriptor<TEnum> : IEnumTypeDescriptor<TEnum>
    where TEnum : struct, Enum
{
    public EnumTypeDescriptor(Type definition)
    {
        Config = EnumConfigs.Create(typeof(TEnum), definition);
    }

    public EnumTypeConfig Config { get; }

    public IEnumTypeDescriptor<TEnum> Name(string name)
    {
        Config.Name = name;
        Config.HasExplicitName = true;
        return this;
    }

    public IEnumTypeDescriptor<TEnum> Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    public IEnumValueDescriptor Value(TEnum value) => new EnumValueDescriptor(Config.Values.First(v => v.Value.Equals(value)));

    public IEnumTypeDescriptor<TEnum> Metadata(string key, object? value)
    {
        Config.ContextData[key] = value;
        return this;
    }
}

/// <summary>The conventional configuration of a CLR enum: every public member, named SCREAMING_SNAKE_CASE.</summary>
internal static class EnumConfigs
{
    public static EnumTypeConfig Create(Type enumType, Type definition)
    {
        var config = new EnumTypeConfig(enumType, definition, NameConventions.TypeName(enumType))
        {
            Description = Descriptions.Of(enumType),
        };
        foreach (var member in enumType.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            config.Values.Add(new EnumValueConfig(
                member.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NameConventions.EnumValueName(member.Name),
                member.GetValue(null)!)
            {
                Description = Descriptions.Of(member),
                DeprecationReason = member.GetCustomAttribute<ObsoleteAttribute>() is { } obsolete
                    ? obsolete.Message ?? Types.Directives.SpecifiedDirectives.DefaultDeprecationReason
                    : null,
                Ignored = member.IsDefined(typeof(GraphQLIgnoreAttribute)),
            });
        }

        return config;
    }
}

internal sealed class EnumValueDescriptor(EnumValueConfig config) : IEnumValueDescriptor
{
    public IEnumValueDescriptor Name(string name)
    {
        config.Name = name;
        return this;
    }

    public IEnumValueDescriptor Description(string? description)
    {
        config.Description = description;
        return this;
    }

    public IEnumValueDescriptor Deprecated(string reason = Types.Directives.SpecifiedDirectives.DefaultDeprecationReason)
    {
        config.DeprecationReason = reason;
        return this;
    }

    public IEnumValueDescriptor Ignore()
    {
        config.Ignored = true;
        return this;
    }
}

/// <summary>Records the configuration of an input object.</summary>
internal sealed class InputObjectTypeDescriptor<T>(Type definition) : IInputObjectTypeDescriptor<T>
{
    public InputTypeConfig Config { get; } = new(typeof(T), definition, NameConventions.TypeName(typeof(T)));

    public IInputObjectTypeDescriptor<T> Name(string name)
    {
        Config.Name = name;
        Config.HasExplicitName = true;
        return this;
    }

    public IInputObjectTypeDescriptor<T> Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    public IInputObjectTypeDescriptor<T> BindFields(BindingBehavior behavior)
    {
        Config.Binding = behavior;
        return this;
    }

    public IInputFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member)
    {
        var info = MemberExpressions.GetMember(member);
        var field = Config.Fields.Find(f => MemberIdentity.Same(f.Member, info));
        if (field is null)
        {
            field = new InputFieldConfig(NameConventions.FieldName(info), info);
            Config.Fields.Add(field);
        }

        return new InputFieldDescriptor(field, Config);
    }

    public IInputObjectTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member)
    {
        Config.IgnoredMembers.Add(MemberExpressions.GetMember(member));
        return this;
    }

    public IInputObjectTypeDescriptor<T> OneOf()
    {
        Config.IsOneOf = true;
        return this;
    }

    public IInputObjectTypeDescriptor<T> Metadata(string key, object? value)
    {
        Config.ContextData[key] = value;
        return this;
    }
}

internal sealed class InputFieldDescriptor(InputFieldConfig config, InputTypeConfig owner) : IInputFieldDescriptor
{
    public IInputFieldDescriptor Name(string name)
    {
        config.Name = name;
        return this;
    }

    public IInputFieldDescriptor Description(string? description)
    {
        config.Description = description;
        return this;
    }

    public IInputFieldDescriptor Type<TType>()
        where TType : class
    {
        config.Type = TypeRef.FromDefinition(typeof(TType));
        return this;
    }

    public IInputFieldDescriptor Type(string sdlType)
    {
        config.Type = TypeRef.FromSdl(sdlType);
        return this;
    }

    public IInputFieldDescriptor DefaultValue(object? value)
    {
        config.HasDefault = true;
        config.DefaultValue = value;
        return this;
    }

    public IInputFieldDescriptor Deprecated(string reason = Types.Directives.SpecifiedDirectives.DefaultDeprecationReason)
    {
        config.DeprecationReason = reason;
        return this;
    }

    public IInputFieldDescriptor Ignore()
    {
        owner.IgnoredMembers.Add(config.Member);
        return this;
    }
}
