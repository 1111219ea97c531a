using SolidarityGraph.Client.Generator.Configuration;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Client.Generator.Analysis;

/// <summary>C# types for GraphQL types: exact nullability, lists as <c>IReadOnlyList&lt;T&gt;</c>, scalars per <see cref="ScalarKind"/>.</summary>
internal sealed class TypeMapper
{
    private const string List = "global::System.Collections.Generic.IReadOnlyList";
    private readonly Dictionary<string, ScalarKind> _configured;

    public TypeMapper(ClientConfig config)
    {
        _configured = new Dictionary<string, ScalarKind>(StringComparer.Ordinal);
        foreach (var mapping in config.Scalars)
        {
            if (ScalarKind.FromKeyword(mapping.RuntimeType) is { } kind)
            {
                _configured[mapping.Scalar] = kind;
            }
        }
    }

    /// <summary>Enum and input object types used, so the shared output can declare them.</summary>
    public SortedSet<string> UsedSchemaTypes { get; } = new(StringComparer.Ordinal);

    public ScalarKind Scalar(ScalarType scalar) => ScalarKind.For(scalar.Name, _configured);

    /// <summary>An output type; <paramref name="composite"/> names the result interface of an object, interface or union.</summary>
    public string Output(IType type, string? composite, bool forceNullable = false)
    {
        if (type is NonNullType nonNull)
        {
            var inner = OutputInner(nonNull.OfType, composite);
            return forceNullable ? inner + "?" : inner;
        }

        return OutputInner(type, composite) + "?";
    }

    /// <summary>A variable or input field type.</summary>
    public string Input(IType type) =>
        type is NonNullType nonNull ? InputInner(nonNull.OfType) : InputInner(type) + "?";

    /// <summary>True when the C# type of <paramref name="type"/> (unwrapped of non-null) is a struct.</summary>
    public bool IsValueType(IType type) => (type is NonNullType n ? n.OfType : type) switch
    {
        ScalarType scalar => Scalar(scalar).IsValueType,
        EnumType => true,
        _ => false,
    };

    private string OutputInner(IType type, string? composite) => type switch
    {
        ListType list => $"{List}<{Output(list.OfType, composite)}>",
        ScalarType scalar => Scalar(scalar).CSharpType,
        EnumType enumType => Use(enumType.Name),
        _ => composite ?? throw new InvalidOperationException($"No result type for {type}."),
    };

    private string InputInner(IType type) => type switch
    {
        ListType list => $"{List}<{Input(list.OfType)}>",
        ScalarType scalar => Scalar(scalar).CSharpType,
        INamedType named => Use(named.Name),
        _ => throw new InvalidOperationException($"Not an input type: {type}."),
    };

    private string Use(string name)
    {
        UsedSchemaTypes.Add(name);
        return name;
    }
}
