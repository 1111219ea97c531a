using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Memberships;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.People;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Seed;

// Sources, places, organisations and the people named as public contacts (DOMAIN.md §5.1, §5.2, §5.4, §5.7).
internal sealed partial class SeedBuilder
{
    private void BuildActors()
    {
        foreach (var (scope, seed) in Records(_seed.Sources, "sources"))
        {
            var source = scope.Apply("title", () => new Source(
                scope.Required(seed.Title, "title"),
                scope.Required(seed.Language, "language"),
                scope.Required(seed.ContentSha256, "contentSha256"),
                scope.Timestamp(seed.RetrievedAt, "retrievedAt")));
            var publisherId = _keys.ResolveOptional(scope, seed.Publisher, "publisher", NodeKind.Organisation);
            Add(scope, scope.Apply("url", () => source.Describe(seed.Url, publisherId, scope.Required(seed.SeedFile, "seedFile"))));
            Cite(scope, source, seed.Citations, required: false);
        }

        BuildPlaces();

        foreach (var (scope, seed) in Records(_seed.Organisations, "organisations"))
        {
            var name = scope.Required(seed.Name, "name");
            var kind = scope.Enum<OrganisationKind>(seed.Kind, "kind");
            var organisation = scope.Apply("name", () => new Organisation(name, kind).Rename(name, kind, seed.Acronym, seed.AltNames));
            var sse = scope.OptionalEnum<SseEntityType>(seed.SseEntityType, "sseEntityType") ?? SseEntityType.Unknown;
            var iatiType = scope.Integer(seed.IatiOrgType, "iatiOrgType");
            scope.Apply("iatiOrgType", () => organisation.Classify(sse, iatiType, gsefActorType: seed.GsefActorType, legalFormLocal: seed.LegalFormLocal));
            var headquarters = _keys.ResolveOptional(scope, seed.Headquarters, "headquarters", NodeKind.Place);
            var foundedOn = ParseDateText(scope, seed.FoundedOn, "foundedOn");
            scope.Apply("countryCode", () => organisation.Locate(seed.CountryCode, headquarters, description: seed.Description, foundedOn: foundedOn));
            var parent = _keys.ResolveOptional(scope, seed.Parent, "parent", NodeKind.Organisation);
            scope.Apply("parent", () => organisation.SetParent(parent));
            Add(scope, organisation);
            Cite(scope, organisation, seed.Citations);
        }

        foreach (var (scope, seed) in Records(_seed.PublicContacts, "publicContacts"))
        {
            var contact = Add(scope, scope.Apply("fullName", () => new PublicContact(scope.Required(seed.FullName, "fullName"), seed.Honorific)));
            Cite(scope, contact, seed.Citations);
        }

        foreach (var (scope, seed) in Records(_seed.Affiliations, "affiliations"))
        {
            var contactId = _keys.Resolve(scope, seed.Contact, "contact", NodeKind.PublicContact);
            var organisationId = _keys.Resolve(scope, seed.Organisation, "organisation", NodeKind.Organisation);
            var affiliation = Add(scope, scope.Apply("title", () => new Affiliation(contactId, organisationId, seed.Title, seed.IsPublicContact ?? false)));
            Cite(scope, affiliation, seed.Citations);
        }

        foreach (var (scope, seed) in Records(_seed.Memberships, "memberships"))
        {
            var memberId = _keys.Resolve(scope, seed.Member, "member", NodeKind.Organisation);
            var networkId = _keys.Resolve(scope, seed.Network, "network", NodeKind.Organisation);
            var membership = Add(scope, scope.Apply("network", () => new Membership(memberId, networkId)));
            Cite(scope, membership, seed.Citations);
        }
    }

    private void BuildPlaces()
    {
        var places = new Dictionary<string, (RecordScope Scope, SeedPlace Seed, Place Place)>(StringComparer.Ordinal);
        foreach (var (scope, seed) in Records(_seed.Places, "places"))
        {
            var type = scope.Enum<PlaceType>(seed.Type, "type");
            var place = scope.Apply("countryCode", () => new Place(scope.Required(seed.Name, "name"), type, seed.CountryCode));
            scope.Apply("iso3166_2", () => place.SetCodes(seed.Iso3166_2, seed.M49Code));
            if (seed.Population is { } population)
            {
                var value = scope.Required(population.Value, "population.value");
                var asOf = scope.Date(population.AsOf, "population.asOf");
                scope.Apply("population", () => place.Describe(population: value, populationAsOf: asOf));
            }

            places[scope.Key!] = (scope, seed, Add(scope, place));
        }

        // Parents are set once every place exists, so the file may list places in any order.
        foreach (var (scope, seed, place) in places.Values)
        {
            if (seed.Parent is not null)
            {
                _keys.Resolve(scope, seed.Parent, "parent", NodeKind.Place);
                scope.Apply("parent", () => place.SetParent(places[seed.Parent].Place));
            }

            Cite(scope, place, seed.Citations);
            if (seed.Population?.Citation is { } populationCitation)
            {
                AddCitation(scope, place.AsSubject(), populationCitation, "population.citation");
            }
        }
    }

    /// <summary>Dates written as plain text (<c>"1994"</c>) rather than a <see cref="SeedPartialDate"/> object.</summary>
    private static PartialDate? ParseDateText(RecordScope scope, string? text, string field) =>
        text is null ? null : scope.Apply(field, () => PartialDate.Parse(text));
}
