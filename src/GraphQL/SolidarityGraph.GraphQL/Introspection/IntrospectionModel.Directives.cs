using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Directives;
using Location = SolidarityGraph.GraphQL.Types.Directives.DirectiveLocation;

namespace SolidarityGraph.GraphQL.Introspection;

/// <summary><c>__Directive</c> and <c>__DirectiveLocation</c> (spec §4.2.7).</summary>
internal sealed partial class IntrospectionModel
{
    private void DefineDirective()
    {
        Directive.Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.";
        Directive.AddField(Define<DirectiveDefinition>("name", NonNull(String), d => d.Name));
        Directive.AddField(Define<DirectiveDefinition>("description", String, d => d.Description));
        Directive.AddField(Define<DirectiveDefinition>("isRepeatable", NonNull(Boolean), d => Box(d.IsRepeatable)));
        Directive.AddField(Define<DirectiveDefinition>("locations", NonNullListOf(DirectiveLocation), d => d.Locations));
        Directive.AddField(
            Define<DirectiveDefinition>("args", NonNullListOf(InputValue), (d, context) => Filter<Argument>(d.Arguments, a => a.DeprecationReason, context))
            .AddArgument(IncludeDeprecatedArgument()));
        Directive.AddField(Define<DirectiveDefinition>("isDeprecated", NonNull(Boolean), d => Box(d.DeprecationReason is not null)));
        Directive.AddField(Define<DirectiveDefinition>("deprecationReason", String, d => d.DeprecationReason));
    }

    private void DefineDirectiveLocation()
    {
        DirectiveLocation.Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.";
        AddLocation(Location.Query, "Location adjacent to a query operation.");
        AddLocation(Location.Mutation, "Location adjacent to a mutation operation.");
        AddLocation(Location.Subscription, "Location adjacent to a subscription operation.");
        AddLocation(Location.Field, "Location adjacent to a field.");
        AddLocation(Location.FragmentDefinition, "Location adjacent to a fragment definition.");
        AddLocation(Location.FragmentSpread, "Location adjacent to a fragment spread.");
        AddLocation(Location.InlineFragment, "Location adjacent to an inline fragment.");
        AddLocation(Location.VariableDefinition, "Location adjacent to an operation variable definition.");
        AddLocation(Location.FragmentVariableDefinition, "Location adjacent to a fragment variable definition.");
        AddLocation(Location.Schema, "Location adjacent to a schema definition.");
        AddLocation(Location.Scalar, "Location adjacent to a scalar definition.");
        AddLocation(Location.Object, "Location adjacent to an object type definition.");
        AddLocation(Location.FieldDefinition, "Location adjacent to a field definition.");
        AddLocation(Location.ArgumentDefinition, "Location adjacent to an argument definition.");
        AddLocation(Location.Interface, "Location adjacent to an interface definition.");
        AddLocation(Location.Union, "Location adjacent to a union definition.");
        AddLocation(Location.Enum, "Location adjacent to an enum definition.");
        AddLocation(Location.EnumValue, "Location adjacent to an enum value definition.");
        AddLocation(Location.InputObject, "Location adjacent to an input object type definition.");
        AddLocation(Location.InputFieldDefinition, "Location adjacent to an input object field definition.");
        AddLocation(Location.DirectiveDefinition, "Location adjacent to a directive definition.");
    }

    private void AddLocation(Location location, string description) =>
        DirectiveLocation.AddValue(new EnumValue(location.ToName(), location) { Description = description });
}
