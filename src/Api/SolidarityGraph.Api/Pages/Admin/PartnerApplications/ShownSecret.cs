namespace SolidarityGraph.Api.Pages.Admin.PartnerApplications;

/// <summary>A secret just generated (registration or rotation), shown once by the <c>_Secret</c> partial.</summary>
internal sealed record ShownSecret(string ClientId, string Secret);
