using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Utilities;

public static partial class SchemaBuilder
{
    private sealed partial class BuildState
    {
        /// <summary>Creates every defined type first, then fills members, so references may point forward.</summary>
        public void BuildTypes()
        {
            var pending = new List<(INamedType Type, TypeDefinitionNode Node)>();
            foreach (var definition in _typeDefinitions)
            {
                var name = definition.Name.Value;
                var type = _standardTypes.TryGetValue(name, out var standard) ? standard : CreateType(definition);
                _typeMap[name] = type;
                if (standard is null)
                {
                    pending.Add((type, definition));
                }
            }

            CheckExtensionTargets();
            foreach (var (type, node) in pending)
            {
                FillType(type, node);
            }
        }

        private INamedType CreateType(TypeDefinitionNode node)
        {
            var name = node.Name.Value;
            var extensions = ExtensionsOf<TypeExtensionNode>(name);
            NamedTypeBase type = node switch
            {
                ScalarTypeDefinitionNode => _options.Scalars.TryGetValue(name, out var bound) ? bound : new ScalarType(name),
                ObjectTypeDefinitionNode => new ObjectType(name),
                InterfaceTypeDefinitionNode => new InterfaceType(name),
                UnionTypeDefinitionNode => new UnionType(name),
                EnumTypeDefinitionNode => new EnumType(name),
                InputObjectTypeDefinitionNode => new InputObjectType(name),
                _ => throw new ArgumentException($"Unexpected definition {node.Kind}.", nameof(node)),
            };
            type.Description = node.Description?.Value;
            type.AstNode = node;
            type.ExtensionAstNodes = extensions;
            type.Directives = node.Directives.Concat(extensions.SelectMany(e => e.Directives)).ToList();
            return type;
        }

        private void FillType(INamedType type, TypeDefinitionNode node)
        {
            var name = type.Name;
            switch (type)
            {
                case ScalarType scalar:
                    scalar.SpecifiedByUrl = SpecifiedByUrl(new IHasDirectives[] { node }.Concat(ExtensionsOf<ScalarTypeExtensionNode>(name)))
                        ?? scalar.SpecifiedByUrl;
                    break;
                case ObjectType obj:
                    var objectExtensions = ExtensionsOf<ObjectTypeExtensionNode>(name);
                    obj.Interfaces = Interfaces(obj, ((ObjectTypeDefinitionNode)node).Interfaces.Concat(objectExtensions.SelectMany(e => e.Interfaces)));
                    AddFields(obj.Fields, name, ((ObjectTypeDefinitionNode)node).Fields.Concat(objectExtensions.SelectMany(e => e.Fields)));
                    obj.IsTypeOf = _options.IsTypeOfChecks.TryGetValue(name, out var isTypeOf) ? isTypeOf : null;
                    break;
                case InterfaceType iface:
                    var interfaceExtensions = ExtensionsOf<InterfaceTypeExtensionNode>(name);
                    iface.Interfaces = Interfaces(iface, ((InterfaceTypeDefinitionNode)node).Interfaces.Concat(interfaceExtensions.SelectMany(e => e.Interfaces)));
                    AddFields(iface.Fields, name, ((InterfaceTypeDefinitionNode)node).Fields.Concat(interfaceExtensions.SelectMany(e => e.Fields)));
                    iface.ResolveType = _options.TypeResolvers.TryGetValue(name, out var ifaceResolver) ? ifaceResolver : null;
                    break;
                case UnionType union:
                    var members = ((UnionTypeDefinitionNode)node).Types
                        .Concat(ExtensionsOf<UnionTypeExtensionNode>(name).SelectMany(e => e.Types))
                        .Select(t => GetNamedType(t.Name.Value))
                        .ToList();
                    union.Types = members.OfType<ObjectType>().ToList();
                    union.DeclaredReferences = members.TrueForAll(m => m is ObjectType) ? null : members;
                    union.ResolveType = _options.TypeResolvers.TryGetValue(name, out var unionResolver) ? unionResolver : null;
                    break;
                case EnumType enumType:
                    AddEnumValues(enumType, ((EnumTypeDefinitionNode)node).Values.Concat(ExtensionsOf<EnumTypeExtensionNode>(name).SelectMany(e => e.Values)));
                    break;
                case InputObjectType input:
                    var inputExtensions = ExtensionsOf<InputObjectTypeExtensionNode>(name);
                    input.IsOneOf = node.Directives.Concat(inputExtensions.SelectMany(e => e.Directives)).Any(d => d.Name.Value == "oneOf");
                    foreach (var field in ((InputObjectTypeDefinitionNode)node).Fields.Concat(inputExtensions.SelectMany(e => e.Fields)))
                    {
                        input.Fields.Set(BuildInputValue(field, (n, t) => new InputField(n, t)));
                    }

                    break;
            }
        }

        private List<InterfaceType> Interfaces(NamedTypeBase type, IEnumerable<NamedTypeNode> nodes)
        {
            var named = nodes.Select(n => GetNamedType(n.Name.Value)).ToList();
            type.DeclaredReferences = named.TrueForAll(t => t is InterfaceType) ? null : named;
            return named.OfType<InterfaceType>().ToList();
        }

        private void AddFields(FieldCollection<OutputField> fields, string typeName, IEnumerable<FieldDefinitionNode> nodes)
        {
            foreach (var node in nodes)
            {
                var field = new OutputField(node.Name.Value, GetType(node.Type), _options.GetResolver(typeName, node.Name.Value))
                {
                    Description = node.Description?.Value,
                    DeprecationReason = DeprecationReason(node),
                    Directives = node.Directives,
                    AstNode = node,
                };
                foreach (var argument in node.Arguments)
                {
                    field.Arguments.Set(BuildInputValue(argument, (n, t) => new Argument(n, t)));
                }

                // Later definitions of the same field replace earlier ones, as in graphql-js's field maps.
                fields.Set(field);
            }
        }

        private void AddEnumValues(EnumType enumType, IEnumerable<EnumValueDefinitionNode> nodes)
        {
            _options.EnumValues.TryGetValue(enumType.Name, out var runtimeValues);
            foreach (var node in nodes)
            {
                var name = node.Name.Value;
                object? runtime = null;
                runtimeValues?.TryGetValue(name, out runtime);
                enumType.Values.Set(new EnumValue(name, runtime)
                {
                    Description = node.Description?.Value,
                    DeprecationReason = DeprecationReason(node),
                    Directives = node.Directives,
                    AstNode = node,
                });
            }
        }

        private T BuildInputValue<T>(InputValueDefinitionNode node, Func<string, IType, T> create)
            where T : InputValue
        {
            var value = create(node.Name.Value, GetType(node.Type));
            value.Description = node.Description?.Value;
            value.DeprecationReason = DeprecationReason(node);
            value.Directives = node.Directives;
            value.AstNode = node;
            if (node.DefaultValue is not null)
            {
                value.SetDefaultLiteral(node.DefaultValue);
            }

            return value;
        }

        /// <summary>Without <see cref="SchemaBuildOptions.AssumeValidSdl"/>, an extension of an undefined type is an error.</summary>
        private void CheckExtensionTargets()
        {
            if (_options.AssumeValidSdl)
            {
                return;
            }

            foreach (var name in _typeExtensions.Keys)
            {
                if (!_typeMap.ContainsKey(name))
                {
                    throw new InvalidOperationException($"Cannot extend type \"{name}\" because it is not defined.");
                }
            }
        }
    }
}
