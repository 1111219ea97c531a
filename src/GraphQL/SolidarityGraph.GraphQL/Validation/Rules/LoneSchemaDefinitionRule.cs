using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>A type system document defines the schema at most once, and not at all when it extends an existing schema.</summary>
// Spec §3.3 Schema
// https://spec.graphql.org/September2025/#sec-Schema
internal sealed class LoneSchemaDefinitionRule : IValidationRule
{
    internal static readonly SpecSection Section = new("3.3", "sec-Schema");

    public string Name => nameof(LoneSchemaDefinitionRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly bool _alreadyDefined = context.Schema is { } schema
            && (schema.AstNode is not null || schema.QueryType is not null || schema.MutationType is not null || schema.SubscriptionType is not null);

        private int _count;

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not SchemaDefinitionNode definition)
            {
                return VisitorAction.Continue;
            }

            if (_alreadyDefined)
            {
                context.ReportError("Cannot define a new schema within a schema extension.", ValidationErrorCodes.LoneSchemaDefinition, Section, definition);
                return VisitorAction.Continue;
            }

            if (_count++ > 0)
            {
                context.ReportError("Must provide only one schema definition.", ValidationErrorCodes.LoneSchemaDefinition, Section, definition);
            }

            return VisitorAction.Continue;
        }
    }
}
