using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Types;

public static partial class SchemaValidator
{
    /// <summary>Spec §3.3.1 Root Operation Types: a query type, object types only, each used for one operation.</summary>
    static partial void ValidateRootTypes(SchemaValidationContext context)
    {
        var schema = context.Schema;
        if (schema.QueryType is null && schema.NonObjectRootTypes?.ContainsKey(OperationType.Query) != true)
        {
            context.Report("Query root type must be provided.", schema.AstNode);
        }

        var operationsByType = new Dictionary<ObjectType, List<OperationType>>();
        var order = new List<ObjectType>();
        foreach (var operation in new[] { OperationType.Query, OperationType.Mutation, OperationType.Subscription })
        {
            var name = operation.ToString();
            if (schema.NonObjectRootTypes is { } invalid && invalid.TryGetValue(operation, out var notObject))
            {
                context.Report(
                    operation == OperationType.Query
                        ? $"{name} root type must be Object type, it cannot be {notObject.Name}."
                        : $"{name} root type must be Object type if provided, it cannot be {notObject.Name}.",
                    (SyntaxNode?)OperationTypeNode(schema, operation) ?? notObject.AstNode);
                continue;
            }

            if (schema.GetRootType(operation) is { } root)
            {
                if (!operationsByType.TryGetValue(root, out var operations))
                {
                    operationsByType[root] = operations = new List<OperationType>();
                    order.Add(root);
                }

                operations.Add(operation);
            }
        }

        foreach (var root in order)
        {
            var operations = operationsByType[root];
            if (operations.Count > 1)
            {
                var list = Suggestions.AndList(operations.Select(o => o.ToString().ToLowerInvariant()).ToList());
                context.Report(
                    $"All root types must be different, \"{root.Name}\" type is used as {list} root types.",
                    operations.Select(o => (SyntaxNode?)OperationTypeNode(schema, o)).ToArray());
            }
        }
    }

    private static NamedTypeNode? OperationTypeNode(Schema schema, OperationType operation) =>
        new[] { schema.AstNode?.OperationTypes ?? Array.Empty<OperationTypeDefinitionNode>() }
            .Concat(schema.ExtensionAstNodes.Select(e => e.OperationTypes))
            .SelectMany(list => list)
            .FirstOrDefault(node => node.Operation == operation)?.Type;
}
