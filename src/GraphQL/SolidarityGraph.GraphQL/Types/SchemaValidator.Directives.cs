using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Types;

public static partial class SchemaValidator
{
    /// <summary>Spec §3.13 Type Validation of directive definitions: names, locations, argument types and defaults.</summary>
    static partial void ValidateDirectives(SchemaValidationContext context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            ValidateName(context, directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments)
            {
                var coordinate = $"@{directive.Name}({argument.Name}:)";
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType())
                {
                    context.Report($"The type of {coordinate} must be Input Type but got: {argument.Type}.", argument.AstNode);
                }

                ValidateRequiredNotDeprecated(context, argument, $"Required argument {coordinate} cannot be deprecated.");
                ValidateDefaultValue(context, argument, coordinate);
            }
        }
    }

    /// <summary>Spec §2.1.9: names beginning with <c>__</c> are reserved for introspection.</summary>
    private static void ValidateName(SchemaValidationContext context, string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private static void ValidateRequiredNotDeprecated(SchemaValidationContext context, InputValue value, string message)
    {
        if (value.Type is NonNullType && !value.HasDefaultValue && value.DeprecationReason is not null)
        {
            context.Report(message, DeprecatedDirectiveNode(value.AstNode), value.AstNode?.Type);
        }
    }

    private static DirectiveNode? DeprecatedDirectiveNode(IHasDirectives? node) =>
        node?.Directives.FirstOrDefault(d => d.Name.Value == "deprecated");

    /// <summary>A default value must be a valid value of the argument's or input field's type.</summary>
    private static void ValidateDefaultValue(SchemaValidationContext context, InputValue value, string coordinate)
    {
        if (!value.HasDefaultValue)
        {
            return;
        }

        if (value.DefaultValueLiteral is not { } literal)
        {
            context.Report($"{coordinate} has invalid default value: {JsInspect.Inspect(value.DefaultValue)}.", value.AstNode?.DefaultValue);
            return;
        }

        foreach (var problem in InputLiteralValidator.Validate(literal, value.Type))
        {
            context.Report($"{coordinate} has invalid default value{InputLiteralValidator.PrintPath(problem.Path)}: {problem.Message}", problem.Node);
        }
    }
}
