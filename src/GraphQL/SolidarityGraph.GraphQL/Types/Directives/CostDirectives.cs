using System.Globalization;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types.Scalars;

namespace SolidarityGraph.GraphQL.Types.Directives;

/// <summary>
/// The directives of the IBM GraphQL Cost Directive specification (ibm.github.io/graphql-specs/cost-spec.html):
/// <c>@cost(weight:)</c> says what a field, argument or type costs, <c>@listSize</c> how many items a list field
/// returns. They are part of the printed schema so that clients know in advance what a document will cost.
/// </summary>
public static class CostDirectives
{
    /// <summary>The name of <c>@cost</c>.</summary>
    public const string CostName = "cost";

    /// <summary>The name of <c>@listSize</c>.</summary>
    public const string ListSizeName = "listSize";

    /// <summary>
    /// <c>@cost(weight: String!)</c>. The weight is a string, as the specification defines it, so that it can hold a
    /// decimal number.
    /// </summary>
    public static readonly DirectiveDefinition Cost = new DirectiveDefinition(
        CostName,
        DirectiveLocation.ArgumentDefinition,
        DirectiveLocation.Enum,
        DirectiveLocation.FieldDefinition,
        DirectiveLocation.InputFieldDefinition,
        DirectiveLocation.Object,
        DirectiveLocation.Scalar)
    {
        Description = "The estimated cost of a field, argument or type (IBM GraphQL Cost Directive specification).",
    }.AddArgument(new Argument("weight", new NonNullType(SpecifiedScalars.String))
    {
        Description = "The cost as a decimal number.",
    });

    /// <summary>
    /// <c>@listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true)</c>.
    /// </summary>
    public static readonly DirectiveDefinition ListSize = CreateListSize();

    /// <summary>Both, <c>@cost</c> first.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = new[] { Cost, ListSize };

    /// <summary>Whether <paramref name="name"/> names one of the cost directives.</summary>
    public static bool IsCostDirective(string name) => name is CostName or ListSizeName;

    private static bool IsCostDirective(DirectiveNode directive) => IsCostDirective(directive.Name.Value);

    /// <summary>Whether a field or argument of <paramref name="types"/> applies a cost directive (then the schema must declare them).</summary>
    public static bool IsUsedBy(IEnumerable<INamedType> types) =>
        types.OfType<IComplexOutputType>().SelectMany(t => t.Fields).Any(
            f => f.Directives.Any(IsCostDirective) || f.Arguments.Any(a => a.Directives.Any(IsCostDirective)));

    /// <summary>An applied <c>@cost(weight: "…")</c>.</summary>
    public static DirectiveNode CostNode(double weight) => new(
        new NameNode(CostName),
        new[] { new ArgumentNode(new NameNode("weight"), new StringValueNode(weight.ToString(CultureInfo.InvariantCulture))) });

    /// <summary>An applied <c>@listSize(…)</c>; arguments left <see langword="null"/> are omitted.</summary>
    public static DirectiveNode ListSizeNode(
        int? assumedSize = null,
        IReadOnlyList<string>? slicingArguments = null,
        IReadOnlyList<string>? sizedFields = null,
        bool requireOneSlicingArgument = true)
    {
        var arguments = new List<ArgumentNode>();
        if (assumedSize is { } size)
        {
            arguments.Add(new ArgumentNode(new NameNode("assumedSize"), new IntValueNode(size.ToString(CultureInfo.InvariantCulture))));
        }

        if (slicingArguments is not null)
        {
            arguments.Add(new ArgumentNode(new NameNode("slicingArguments"), Strings(slicingArguments)));
        }

        if (sizedFields is not null)
        {
            arguments.Add(new ArgumentNode(new NameNode("sizedFields"), Strings(sizedFields)));
        }

        if (!requireOneSlicingArgument)
        {
            arguments.Add(new ArgumentNode(new NameNode("requireOneSlicingArgument"), new BooleanValueNode(false)));
        }

        return new DirectiveNode(new NameNode(ListSizeName), arguments);
    }

    private static ListValueNode Strings(IReadOnlyList<string> values) =>
        new(values.Select(v => (ValueNode)new StringValueNode(v)).ToList());

    private static DirectiveDefinition CreateListSize()
    {
        var require = new Argument("requireOneSlicingArgument", SpecifiedScalars.Boolean)
        {
            Description = "Whether exactly one slicing argument must be given.",
        };
        require.SetDefaultValue(true);
        return new DirectiveDefinition(ListSizeName, DirectiveLocation.FieldDefinition)
        {
            Description = "How many items a list field returns, for cost analysis (IBM GraphQL Cost Directive specification).",
        }
            .AddArgument(new Argument("assumedSize", SpecifiedScalars.Int) { Description = "The size assumed when no slicing argument is given." })
            .AddArgument(new Argument("slicingArguments", new ListType(new NonNullType(SpecifiedScalars.String)))
            {
                Description = "Arguments whose value bounds the size of the list.",
            })
            .AddArgument(new Argument("sizedFields", new ListType(new NonNullType(SpecifiedScalars.String)))
            {
                Description = "Fields of the returned object whose lists have that size (e.g. `edges` and `nodes` of a connection).",
            })
            .AddArgument(require);
    }
}
