using System.Runtime.CompilerServices;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// The root grouped field set of an operation, kept with the operation's syntax tree for later requests of the same
/// document (the pipeline's document cache hands out the same tree). Its field groups then keep, across requests, what
/// they learn while completing values: their sub-selections per runtime type, field definitions, member getters and
/// encoded response keys, so a repeated request collects no fields and looks nothing up by name.
/// </summary>
/// <remarks>
/// Only documents without any directive on a selection are kept: their field collection (spec §6.3.2) depends on the
/// schema and the document alone. <c>@skip</c>/<c>@include</c> are the only selection directives collection reads, and
/// through their arguments the variables, which differ between requests; such documents are collected per request.
/// Coerced field arguments, which may read variables, stay per request (<see cref="FieldGroup.SiteFor"/>).
/// </remarks>
internal static class KeptFieldSets
{
    private static readonly ConditionalWeakTable<OperationDefinitionNode, Entry> Entries = new();

    /// <summary>CollectFields for the operation's root selection set, kept when the document allows it.</summary>
    public static GroupedFieldSet RootFields(ExecutionContext context, ObjectType rootType)
    {
        var operation = context.Operation;
        if (Entries.TryGetValue(operation, out var entry) && entry.Matches(context, rootType))
        {
            context.ResultValues.Expect(entry.ValuesTaken);
            return entry.Fields ?? FieldCollector.CollectFields(context, rootType, operation.SelectionSet);
        }

        var fields = FieldCollector.CollectFields(context, rootType, operation.SelectionSet);
        var keep = !HasSelectionDirectives(context.Request.Document);
        Entries.AddOrUpdate(operation, new Entry(context.Request.Document, context.Schema, rootType, keep ? fields : null));
        return fields;
    }

    /// <summary>The request is over: the next request of its document expects as many result entries.</summary>
    public static void Remember(ExecutionContext context)
    {
        if (Entries.TryGetValue(context.Operation, out var entry) && entry.Matches(context, null))
        {
            entry.ValuesTaken = context.ResultValues.Taken;
        }
    }

    private static bool HasSelectionDirectives(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            var selectionSet = definition switch
            {
                OperationDefinitionNode operation => operation.SelectionSet,
                FragmentDefinitionNode fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selectionSet is not null && HasDirectives(selectionSet))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDirectives(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var nested = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            if (selection.Directives.Count > 0 || (nested is not null && HasDirectives(nested)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What was collected for one operation; <see cref="Fields"/> is null when the document cannot be kept.</summary>
    private sealed class Entry(DocumentNode document, Schema schema, ObjectType rootType, GroupedFieldSet? fields)
    {
        public GroupedFieldSet? Fields { get; } = fields;

        /// <summary>The result entries the last request of this operation took (<see cref="ResultValueStore.Expect"/>).</summary>
        public int ValuesTaken { get; set; }

        public bool Matches(ExecutionContext context, ObjectType? type) =>
            ReferenceEquals(document, context.Request.Document)
            && ReferenceEquals(schema, context.Schema)
            && (type is null || ReferenceEquals(rootType, type));
    }
}
