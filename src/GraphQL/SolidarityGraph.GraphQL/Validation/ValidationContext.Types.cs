using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Directives;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation;

/// <summary>A variable used in a value position, with what that position expects.</summary>
public sealed class VariableUsage(VariableNode node, IType? type, IType? parentType, bool hasLocationDefault)
{
    /// <summary>The variable reference.</summary>
    public VariableNode Node { get; } = node;

    /// <summary>The input type expected where the variable is used, or <see langword="null"/> when unknown.</summary>
    public IType? Type { get; } = type;

    /// <summary>The input type holding that position (a list or input object), or <see langword="null"/>.</summary>
    public IType? ParentType { get; } = parentType;

    /// <summary>Whether the argument or input field the variable is passed to has a default value.</summary>
    public bool HasLocationDefault { get; } = hasLocationDefault;
}

/// <content>Type information and variable usages.</content>
public sealed partial class ValidationContext
{
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> _variableUsages = new();
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new();

    /// <summary>The executable schema (throws during SDL validation, which rules for executable documents never see).</summary>
    public Schema ExecutableSchema => Schema ?? throw new InvalidOperationException("No schema is being validated against.");

    /// <summary>The output type of the current selection, or <see langword="null"/>.</summary>
    public IType? Type => TypeInfo.Type;

    /// <summary>The composite type whose selection set is being walked, or <see langword="null"/>.</summary>
    public INamedType? ParentType => TypeInfo.ParentType;

    /// <summary>The input type expected at the current value, or <see langword="null"/>.</summary>
    public IType? InputType => TypeInfo.InputType;

    /// <summary>The input type holding the current value, or <see langword="null"/>.</summary>
    public IType? ParentInputType => TypeInfo.ParentInputType;

    /// <summary>The current field's definition, or <see langword="null"/>.</summary>
    public OutputField? FieldDefinition => TypeInfo.FieldDefinition;

    /// <summary>The current directive's definition, or <see langword="null"/>.</summary>
    public DirectiveDefinition? Directive => TypeInfo.Directive;

    /// <summary>The current argument's definition, or <see langword="null"/>.</summary>
    public Argument? Argument => TypeInfo.Argument;

    /// <summary>The variables used in <paramref name="definition"/> itself (not in the fragments it spreads).</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_variableUsages.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        var typeInfo = new TypeInfo(ExecutableSchema);
        var collector = new VariableCollector(typeInfo);
        typeInfo.Wrap(collector).Visit(definition);
        _variableUsages[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables used by <paramref name="operation"/> and every fragment it spreads, directly or not.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        var fragments = GetRecursivelyReferencedFragments(operation);
        SpendFragmentWork(fragments.Count);
        foreach (var fragment in fragments)
        {
            var local = GetVariableUsages(fragment);
            SpendFragmentWork(local.Count);
            usages.AddRange(local);
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableCollector(TypeInfo typeInfo) : SyntaxVisitor
    {
        public List<VariableUsage> Usages { get; } = new();

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case VariableDefinitionNode:
                    return VisitorAction.Skip;
                case VariableNode variable:
                    Usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.ParentInputType, typeInfo.HasDefaultValue));
                    break;
            }

            return VisitorAction.Continue;
        }
    }
}
