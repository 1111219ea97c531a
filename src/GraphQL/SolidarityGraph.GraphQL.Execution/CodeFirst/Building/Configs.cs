using System.Reflection;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.CodeFirst.Building;

/// <summary>What a descriptor records about a named type; turned into a core type by <see cref="SchemaAssembler"/>.</summary>
internal abstract class TypeConfig
{
    protected TypeConfig(Type runtimeType, Type source, string name)
    {
        RuntimeType = runtimeType;
        Source = source;
        Name = name;
    }

    /// <summary>The CLR type of the values (T of <c>ObjectType&lt;T&gt;</c>).</summary>
    public Type RuntimeType { get; }

    /// <summary>The definition class (or runtime type when implicit), named in error messages.</summary>
    public Type Source { get; }

    public string Name { get; set; }

    public bool HasExplicitName { get; set; }

    public string? Description { get; set; }

    public Dictionary<string, object?> ContextData { get; } = new(StringComparer.Ordinal);

    public string SourceName => Source.Name;

    /// <summary>Where name-only fields come from, for error messages.</summary>
    public string ConfigureSource => Source == typeof(InlineObjectType) ? "configure delegate" : Source.Name + ".Configure";
}

internal sealed class ComplexTypeConfig(Type runtimeType, Type source, string name, bool isInterface)
    : TypeConfig(runtimeType, source, name)
{
    public bool IsInterface { get; } = isInterface;

    public BindingBehavior Binding { get; set; } = BindingBehavior.Implicit;

    public List<FieldConfig> Fields { get; } = new();

    public HashSet<MemberInfo> IgnoredMembers { get; } = new(MemberIdentity.Comparer);

    public HashSet<string> IgnoredNames { get; } = new(StringComparer.Ordinal);

    public List<TypeRef> Interfaces { get; } = new();

    public IsTypeOfCheck? IsTypeOf { get; set; }

    public TypeResolver? ResolveType { get; set; }

    /// <summary>Set for root types: when the parent value is null, member resolvers use an instance of the runtime type.</summary>
    public bool IsRoot { get; set; }

    /// <summary>Set for <see cref="ExtendObjectTypeAttribute"/> classes: fields merged into <see cref="TypeConfig.Name"/>.</summary>
    public bool IsExtension { get; set; }
}

internal sealed class FieldConfig(string name, string source)
{
    public string Name { get; set; } = name;

    /// <summary>Where the field comes from, for error messages: a C# member or the configuring class.</summary>
    public string Source { get; set; } = source;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool Ignored { get; set; }

    /// <summary>The property, field or method the field is bound to, if any.</summary>
    public MemberInfo? Member { get; set; }

    /// <summary>The instance provider's class when <see cref="Member"/> is a method of a resolver class.</summary>
    public Type? ResolverType { get; set; }

    public TypeRef? Type { get; set; }

    /// <summary>The CLR result type of a delegate resolver, inferred when <see cref="Type"/> is not given.</summary>
    public TypeRef? ResultType { get; set; }

    public List<ArgumentConfig> Arguments { get; } = new();

    /// <summary>A resolver given with <c>Resolve(...)</c>; wins over <see cref="Member"/>.</summary>
    public FieldResolver? Resolver { get; set; }

    public List<Func<FieldResolver, FieldResolver>> Middleware { get; } = new();

    public Dictionary<string, object?> ContextData { get; } = new(StringComparer.Ordinal);

    /// <summary>Directives applied to the field definition (e.g. <c>@cost</c>), in order.</summary>
    public List<Language.Ast.DirectiveNode> Directives { get; } = new();

    public ArgumentConfig GetOrAddArgument(string argumentName)
    {
        var existing = Arguments.Find(a => a.Name == argumentName);
        if (existing is null)
        {
            existing = new ArgumentConfig(argumentName);
            Arguments.Add(existing);
        }

        return existing;
    }
}

internal sealed class ArgumentConfig(string name)
{
    public string Name { get; set; } = name;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public TypeRef? Type { get; set; }

    public bool HasDefault { get; set; }

    public object? DefaultValue { get; set; }

    /// <summary>The resolver method parameter the argument binds to, if any.</summary>
    public ParameterInfo? Parameter { get; set; }
}

internal sealed class EnumTypeConfig(Type runtimeType, Type source, string name) : TypeConfig(runtimeType, source, name)
{
    public List<EnumValueConfig> Values { get; } = new();
}

internal sealed class EnumValueConfig(string name, object value)
{
    public string Name { get; set; } = name;

    public object Value { get; } = value;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool Ignored { get; set; }
}

internal sealed class InputTypeConfig(Type runtimeType, Type source, string name) : TypeConfig(runtimeType, source, name)
{
    public BindingBehavior Binding { get; set; } = BindingBehavior.Implicit;

    public bool IsOneOf { get; set; }

    public List<InputFieldConfig> Fields { get; } = new();

    public HashSet<MemberInfo> IgnoredMembers { get; } = new(MemberIdentity.Comparer);
}

internal sealed class InputFieldConfig(string name, MemberInfo member)
{
    public string Name { get; set; } = name;

    public MemberInfo Member { get; } = member;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public TypeRef? Type { get; set; }

    public bool HasDefault { get; set; }

    public object? DefaultValue { get; set; }
}

internal sealed class UnionTypeConfig(Type runtimeType, Type source, string name) : TypeConfig(runtimeType, source, name)
{
    public List<TypeRef> Members { get; } = new();

    public TypeResolver? ResolveType { get; set; }
}
