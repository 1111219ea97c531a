using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Types;

public static partial class SchemaValidator
{
    /// <summary>Validates every named type by kind (spec §3.6.2, §3.7.2, §3.8.1, §3.9.1, §3.10.2), then input object cycles.</summary>
    static partial void ValidateTypes(SchemaValidationContext context)
    {
        var defaultValueCycles = new DefaultValueCycleDetector(context);
        foreach (var type in context.Schema.Types)
        {
            if (type.IsIntrospectionType())
            {
                continue;
            }

            ValidateName(context, type.Name, type.AstNode);
            switch (type)
            {
                case IComplexOutputType complex:
                    ValidateFields(context, complex);
                    ValidateInterfaces(context, complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(context, input);
                    defaultValueCycles.Validate(input);
                    break;
            }
        }

        ValidateInputObjectsHaveFiniteValues(context);
    }

    private static SyntaxNode?[] DefinitionNodes(INamedType type) =>
        new SyntaxNode?[] { type.AstNode }.Concat(type.ExtensionAstNodes).ToArray();

    /// <summary>Spec §3.6.2 (1–3): at least one field, output types, valid arguments.</summary>
    private static void ValidateFields(SchemaValidationContext context, IComplexOutputType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Report($"Type {type.Name} must define one or more fields.", DefinitionNodes(type));
        }

        foreach (var field in type.Fields)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsOutputType())
            {
                context.Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                var coordinate = $"{type.Name}.{field.Name}({argument.Name}:)";
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType())
                {
                    context.Report($"The type of {coordinate} must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
                }

                ValidateRequiredNotDeprecated(context, argument, $"Required argument {coordinate} cannot be deprecated.");
                ValidateDefaultValue(context, argument, coordinate);
            }
        }
    }

    /// <summary>Spec §3.8.1: at least one member, each an object type, each once.</summary>
    private static void ValidateUnionMembers(SchemaValidationContext context, UnionType union)
    {
        var members = union.DeclaredReferences ?? union.Types;
        if (members.Count == 0)
        {
            context.Report($"Union type {union.Name} must define one or more member types.", DefinitionNodes(union));
        }

        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (!included.Add(member.Name))
            {
                context.Report($"Union type {union.Name} can only include type {member.Name} once.", UnionMemberNodes(union, member.Name));
                continue;
            }

            if (member is not ObjectType)
            {
                context.Report($"Union type {union.Name} can only include Object types, it cannot include {member.Name}.", UnionMemberNodes(union, member.Name));
            }
        }
    }

    private static SyntaxNode?[] UnionMemberNodes(UnionType union, string name) =>
        new[] { (union.AstNode as UnionTypeDefinitionNode)?.Types ?? Array.Empty<NamedTypeNode>() }
            .Concat(union.ExtensionAstNodes.OfType<UnionTypeExtensionNode>().Select(e => e.Types))
            .SelectMany(t => t)
            .Where(t => t.Name.Value == name)
            .Cast<SyntaxNode?>()
            .ToArray();

    /// <summary>Spec §3.9.1: at least one value; names not reserved.</summary>
    private static void ValidateEnumValues(SchemaValidationContext context, EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type {enumType.Name} must define one or more values.", DefinitionNodes(enumType));
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(context, value.Name, value.AstNode);
        }
    }

    /// <summary>Spec §3.10.2 and §3.10.1 (OneOf): at least one field, input types, valid defaults, OneOf fields nullable without defaults.</summary>
    private static void ValidateInputFields(SchemaValidationContext context, InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            context.Report($"Input Object type {input.Name} must define one or more fields.", DefinitionNodes(input));
        }

        foreach (var field in input.Fields)
        {
            var coordinate = $"{input.Name}.{field.Name}";
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsInputType())
            {
                context.Report($"The type of {coordinate} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            ValidateRequiredNotDeprecated(context, field, $"Required input field {coordinate} cannot be deprecated.");
            ValidateDefaultValue(context, field, coordinate);
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    context.Report($"OneOf input field {coordinate} must be nullable.", field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    context.Report($"OneOf input field {coordinate} cannot have a default value.", field.AstNode);
                }
            }
        }
    }
}
