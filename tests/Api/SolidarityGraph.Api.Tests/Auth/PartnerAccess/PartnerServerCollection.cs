namespace SolidarityGraph.Api.Tests.Auth.PartnerAccess;

/// <summary>The test classes that share one <see cref="PartnerServerFixture"/> (one server process for all of them).</summary>
[CollectionDefinition(Name)]
public sealed class PartnerServerCollection : ICollectionFixture<PartnerServerFixture>
{
    public const string Name = "Partner server";
}
