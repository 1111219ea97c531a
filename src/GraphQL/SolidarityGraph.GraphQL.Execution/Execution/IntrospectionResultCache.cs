using System.Runtime.CompilerServices;
using SolidarityGraph.GraphQL.Introspection;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// The completed results of <c>__schema</c> and <c>__type(name:)</c> (spec §4.1), kept per selection and schema and
/// reused by later requests of the same document (the pipeline's document cache hands every request with the same
/// text the same nodes). Safe because such a result depends only on the schema, which is immutable once built, and on
/// its selection: a selection that reads a variable anywhere (arguments, <c>@skip</c>/<c>@include</c>, fragment
/// arguments) is never kept, and neither is a result that raised an error or did not finish in one walk. A kept
/// result is only read afterwards (the writer and every request that shares it).
/// </summary>
internal static class IntrospectionResultCache
{
    private static readonly ConditionalWeakTable<FieldNode, Entry> Entries = new();
    private static readonly Entry Uncacheable = new(null, null);

    /// <summary>Whether <paramref name="field"/> is a meta-field whose results this cache keeps.</summary>
    public static bool Covers(OutputField field) =>
        ReferenceEquals(field, IntrospectionTypes.SchemaField) || ReferenceEquals(field, IntrospectionTypes.TypeField);

    /// <summary>The result kept for <paramref name="group"/> on this request's schema, if any.</summary>
    public static bool TryGet(ExecutionContext context, FieldGroup group, out object? value)
    {
        if (group.Fields.Count == 1
            && Entries.TryGetValue(group.First, out var entry)
            && ReferenceEquals(entry.Schema, context.Schema))
        {
            value = entry.Value;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/>, a result completed without errors in one walk, when its selection allows.</summary>
    public static void Store(ExecutionContext context, FieldGroup group, object? value)
    {
        if (group.Fields.Count != 1
            || (Entries.TryGetValue(group.First, out var known) && ReferenceEquals(known, Uncacheable)))
        {
            return;
        }

        if (VariableFinder.ReadsVariables(group.First, context.Fragments))
        {
            Entries.AddOrUpdate(group.First, Uncacheable);
            return;
        }

        // The kept map must not hold on to this request's tree through its position in it.
        (value as ResultMap)?.DetachFromParent();
        Entries.AddOrUpdate(group.First, new Entry(context.Schema, value));
    }

    private sealed record Entry(Schema? Schema, object? Value);

    /// <summary>Whether a selection, with the fragments it spreads, reads a variable anywhere.</summary>
    private sealed class VariableFinder : SyntaxVisitor
    {
        private readonly Queue<string> _spreads = new();
        private bool _found;

        public static bool ReadsVariables(FieldNode field, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
        {
            var finder = new VariableFinder();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            finder.Visit(field);
            while (!finder._found && finder._spreads.TryDequeue(out var name))
            {
                if (seen.Add(name) && fragments.TryGetValue(name, out var fragment))
                {
                    finder.Visit(fragment);
                }
            }

            return finder._found;
        }

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case VariableNode:
                case FragmentSpreadNode { Arguments.Count: > 0 }:
                    _found = true;
                    return VisitorAction.Break;
                case FragmentSpreadNode spread:
                    _spreads.Enqueue(spread.Name.Value);
                    return VisitorAction.Continue;
                default:
                    return VisitorAction.Continue;
            }
        }
    }
}
