using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation;

/// <summary>
/// What a rule sees during one validation: the document, the schema (absent when validating SDL on its own),
/// the type information of the node being visited, shared look-ups over fragments and variables, and the error sink.
/// </summary>
public sealed partial class ValidationContext
{
    // graphql-js's bound on fragment bookkeeping: documents that need more are rejected rather than validated slowly.
    private const int FragmentWorkBudget = 50_000;

    private readonly Action<GraphQLError> _onError;
    private readonly TypeInfo? _typeInfo;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _spreads = new();
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(
        DocumentNode document,
        Schema? schema,
        TypeInfo? typeInfo,
        ValidationOptions options,
        Action<GraphQLError> onError)
    {
        Document = document;
        Schema = schema;
        _typeInfo = typeInfo;
        Options = options;
        _onError = onError;
    }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>
    /// The schema: the one requests run against, or for SDL validation the schema being extended
    /// (<see langword="null"/> when the SDL stands alone).
    /// </summary>
    public Schema? Schema { get; }

    /// <summary>The options of this validation.</summary>
    public ValidationOptions Options { get; }

    /// <summary>Whether this validates type system definitions (SDL) rather than an executable document.</summary>
    public bool IsSdl => _typeInfo is null;

    /// <summary>Whether messages leave out "Did you mean …?" hints.</summary>
    public bool HideSuggestions => !IsSdl && Options.HideSuggestions;

    /// <summary>Type information for the node being visited (executable validation only).</summary>
    internal TypeInfo TypeInfo => _typeInfo ?? throw new InvalidOperationException("SDL validation has no type information.");

    /// <summary>Reports an error.</summary>
    public void ReportError(GraphQLError error) => _onError(error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>
    /// Reports an error located at <paramref name="nodes"/>, with its code and, for a rule of the spec, the section it
    /// breaks (<see langword="null"/> for rules beyond the spec).
    /// </summary>
    public void ReportError(string message, string code, SpecSection? section, params SyntaxNode[] nodes) =>
        _onError(section is null
            ? GraphQLError.Create(message, code, null, LocationsOf(nodes))
            : GraphQLError.ForSpecSection(message, code, section, LocationsOf(nodes)));

    /// <summary>The fragment definition named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    // The last definition wins, as in graphql-js; duplicates are reported by UniqueFragmentNamesRule.
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.TryGetValue(name, out var found) ? found : null;
    }

    /// <summary>The named fragment spreads anywhere inside <paramref name="selectionSet"/>, not following them.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.Count > 0)
        {
            foreach (var selection in setsToVisit.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } inner }:
                        setsToVisit.Push(inner);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment that <paramref name="operations"/> spread, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (collected.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        SpendFragmentWork(names.Count);
        var fragments = new List<FragmentDefinitionNode>();
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (collected.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        return fragments;
    }

    /// <summary>Every fragment that <paramref name="operation"/> spreads, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragments(new[] { operation });

    /// <summary>
    /// Charges <paramref name="cost"/> units of fragment bookkeeping; past the budget validation stops with
    /// <c>Validation aborted.</c> so that hostile documents cannot make validation slow.
    /// </summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException();
        }
    }

    private static SourceLocation[] LocationsOf(SyntaxNode[] nodes)
    {
        var locations = new List<SourceLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(new SourceLocation(location.Line, location.Column));
            }
        }

        return locations.ToArray();
    }
}

/// <summary>Stops a validation that exceeded a work budget; <see cref="DocumentValidator"/> turns it into an error.</summary>
internal sealed class ValidationAbortedException : Exception
{
}
