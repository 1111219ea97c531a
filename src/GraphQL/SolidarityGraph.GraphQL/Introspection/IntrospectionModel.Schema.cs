using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Directives;

namespace SolidarityGraph.GraphQL.Introspection;

/// <summary><c>__Schema</c> (spec §4.2.1) and the meta-fields (spec §4.1).</summary>
internal sealed partial class IntrospectionModel
{
    private void DefineSchema()
    {
        Schema.Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.";
        Schema.AddField(Define<Schema>("description", String, schema => schema.Description));
        Schema.AddField(Define<Schema>("types", NonNullListOf(Type), schema => schema.Types, "A list of all types supported by this server."));
        Schema.AddField(Define<Schema>("queryType", NonNull(Type), schema => schema.QueryType, "The type that query operations will be rooted at."));
        Schema.AddField(Define<Schema>("mutationType", Type, schema => schema.MutationType, "If this server supports mutation, the type that mutation operations will be rooted at."));
        Schema.AddField(Define<Schema>("subscriptionType", Type, schema => schema.SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at."));
        Schema.AddField(
            Define<Schema>(
                "directives",
                NonNullListOf(Directive),
                (schema, context) => Filter<DirectiveDefinition>(schema.Directives, d => d.DeprecationReason, context),
                "A list of all directives supported by this server.")
            .AddArgument(IncludeDeprecatedArgument()));
    }

    private void DefineMetaFields()
    {
        SchemaField = new OutputField("__schema", NonNull(Schema), context => Done(context.Schema))
        {
            Description = "Access the current type schema of this server.",
        };

        TypeField = new OutputField(
            "__type",
            Type,
            context => Done(context.Arguments.TryGetValue("name", out var name) && name is string typeName ? context.Schema.GetType(typeName) : null))
        {
            Description = "Request the type information of a single type.",
        };
        TypeField.AddArgument(new Argument("name", NonNull(String)));

        TypeNameField = new OutputField("__typename", NonNull(String), context => Done(context.ParentType.Name))
        {
            Description = "The name of the current Object type at runtime.",
        };
    }
}
