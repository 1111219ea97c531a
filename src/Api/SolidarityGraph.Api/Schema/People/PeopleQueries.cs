using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.People;

/// <summary>Root fields of the People feature.</summary>
public static class PeopleQueries
{
    /// <summary>Adds <c>publicContacts</c> and the steward-only <c>entrepreneurs</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query)
    {
        query.Connection("publicContacts", db => db.PublicContacts).Description("People named in public sources as role-holders or contacts; their email and phone are steward-only.");
        // The field inherits the Entrepreneur type's Steward policy: it is checked before the query is even built.
        query.Connection("entrepreneurs", db => db.Entrepreneurs).Description("Beneficiaries' personal records. Steward-only.");
    }
}
