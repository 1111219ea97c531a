using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Types;

public static partial class SchemaValidator
{
    /// <summary>Spec §3.6.2 (4) and §3.7.2: implemented interfaces are interfaces, once each, not itself, transitively complete, and satisfied.</summary>
    private static void ValidateInterfaces(SchemaValidationContext context, IComplexOutputType type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declared in (type as NamedTypeBase)?.DeclaredReferences ?? type.Interfaces)
        {
            if (declared is not InterfaceType iface)
            {
                context.Report($"Type {type.Name} must only implement Interface types, it cannot implement {declared.Name}.", ImplementsNodes(type, declared.Name));
                continue;
            }

            if (ReferenceEquals(type, iface))
            {
                context.Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, iface.Name));
                continue;
            }

            if (!names.Add(iface.Name))
            {
                context.Report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface.Name));
                continue;
            }

            ValidateImplementsAncestors(context, type, iface);
            ValidateImplementsInterface(context, type, iface);
        }
    }

    /// <summary>Spec §3.7.2 IsValidImplementation: fields present with covariant types, arguments equal, extra arguments optional.</summary>
    private static void ValidateImplementsInterface(SchemaValidationContext context, IComplexOutputType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var ifaceCoordinate = $"{iface.Name}.{ifaceField.Name}";
            if (type.Fields.Find(ifaceField.Name) is not { } typeField)
            {
                context.Report(
                    $"Interface field {ifaceCoordinate} expected but {type.Name} does not provide it.",
                    new SyntaxNode?[] { ifaceField.AstNode }.Concat(DefinitionNodes(type)).ToArray());
                continue;
            }

            var typeCoordinate = $"{type.Name}.{typeField.Name}";
            if (!TypeComparators.IsTypeSubTypeOf(context.Schema, typeField.Type, ifaceField.Type))
            {
                context.Report(
                    $"Interface field {ifaceCoordinate} expects type {ifaceField.Type} but {typeCoordinate} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type,
                    typeField.AstNode?.Type);
            }

            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                if (typeField.Arguments.Find(ifaceArgument.Name) is not { } typeArgument)
                {
                    context.Report(
                        $"Interface field argument {ifaceCoordinate}({ifaceArgument.Name}:) expected but {typeCoordinate} does not provide it.",
                        ifaceArgument.AstNode,
                        typeField.AstNode);
                    continue;
                }

                if (!TypeComparators.IsEqualType(ifaceArgument.Type, typeArgument.Type))
                {
                    context.Report(
                        $"Interface field argument {ifaceCoordinate}({ifaceArgument.Name}:) expects type {ifaceArgument.Type} but {typeCoordinate}({typeArgument.Name}:) is type {typeArgument.Type}.",
                        ifaceArgument.AstNode?.Type,
                        typeArgument.AstNode?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (typeArgument.Type is NonNullType && !typeArgument.HasDefaultValue && !ifaceField.Arguments.Contains(typeArgument.Name))
                {
                    context.Report(
                        $"Argument \"{typeCoordinate}({typeArgument.Name}:)\" must not be required type \"{typeArgument.Type}\" if not provided by the Interface field \"{ifaceCoordinate}\".",
                        typeArgument.AstNode,
                        ifaceField.AstNode);
                }
            }

            if (typeField.DeprecationReason is not null && ifaceField.DeprecationReason is null)
            {
                context.Report(
                    $"Interface field {ifaceCoordinate} is not deprecated, so implementation field {typeCoordinate} must not be deprecated.",
                    DeprecatedDirectiveNode(typeField.AstNode),
                    typeField.AstNode?.Type);
            }
        }
    }

    /// <summary>Spec §3.7.2 (transitive): a type must also implement every interface its interfaces implement.</summary>
    private static void ValidateImplementsAncestors(SchemaValidationContext context, IComplexOutputType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (type.Interfaces.Contains(transitive))
            {
                continue;
            }

            context.Report(
                ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                ImplementsNodes(iface, transitive.Name).Concat(ImplementsNodes(type, iface.Name)).ToArray());
        }
    }

    private static SyntaxNode?[] ImplementsNodes(INamedType type, string interfaceName) =>
        new[] { type.AstNode }.Cast<SyntaxNode?>().Concat(type.ExtensionAstNodes)
            .SelectMany(node => node switch
            {
                ObjectTypeDefinitionNode o => o.Interfaces,
                InterfaceTypeDefinitionNode i => i.Interfaces,
                ObjectTypeExtensionNode o => o.Interfaces,
                InterfaceTypeExtensionNode i => i.Interfaces,
                _ => Array.Empty<NamedTypeNode>(),
            })
            .Where(n => n.Name.Value == interfaceName)
            .Cast<SyntaxNode?>()
            .ToArray();
}
