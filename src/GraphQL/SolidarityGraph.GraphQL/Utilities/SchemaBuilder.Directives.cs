using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Directives;

namespace SolidarityGraph.GraphQL.Utilities;

public static partial class SchemaBuilder
{
    private sealed partial class BuildState
    {
        private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
        {
            var locations = new List<DirectiveLocation>();
            foreach (var location in node.Locations)
            {
                if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
                {
                    locations.Add(parsed);
                }
            }

            var extensions = _directiveExtensions.TryGetValue(node.Name.Value, out var list) ? list : new List<DirectiveExtensionNode>();
            var directive = new DirectiveDefinition(node.Name.Value, locations)
            {
                Description = node.Description?.Value,
                IsRepeatable = node.Repeatable,
                DeprecationReason = DeprecationReason(node) ?? extensions.Select(e => DeprecationReason(e)).FirstOrDefault(r => r is not null),
                AstNode = node,
            };
            foreach (var argument in node.Arguments)
            {
                directive.Arguments.Set(BuildInputValue(argument, (n, t) => new Argument(n, t)));
            }

            return directive;
        }

        /// <summary>
        /// The <c>reason</c> of an applied <c>@deprecated</c> (its default when omitted), or <see langword="null"/>
        /// when the element is not deprecated.
        /// </summary>
        private static string? DeprecationReason(IHasDirectives node)
        {
            var deprecated = node.Directives.FirstOrDefault(d => d.Name.Value == "deprecated");
            if (deprecated is null)
            {
                return null;
            }

            var reason = deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason");
            return reason?.Value is StringValueNode text ? text.Value : SpecifiedDirectives.DefaultDeprecationReason;
        }

        /// <summary>The <c>url</c> of the last <c>@specifiedBy</c> among the nodes, or <see langword="null"/>.</summary>
        private static string? SpecifiedByUrl(IEnumerable<IHasDirectives> nodes)
        {
            string? url = null;
            foreach (var node in nodes)
            {
                var specifiedBy = node.Directives.FirstOrDefault(d => d.Name.Value == "specifiedBy");
                if (specifiedBy?.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode value)
                {
                    url = value.Value;
                }
            }

            return url;
        }
    }
}
