using SolidarityGraph.Domain.Classifications;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.People;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Domain.Privacy;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Tests.Privacy;

public sealed class PrivacyMetadataTests
{
    [Theory]
    [InlineData(typeof(PublicContact), nameof(PublicContact.FullName), PrivacyClass.P)]
    [InlineData(typeof(PublicContact), nameof(PublicContact.Email), PrivacyClass.S)]
    [InlineData(typeof(PublicContact), nameof(PublicContact.Phone), PrivacyClass.S)]
    [InlineData(typeof(PublicContact), nameof(PublicContact.ErasureRequestedAt), PrivacyClass.I)]
    [InlineData(typeof(Entrepreneur), nameof(Entrepreneur.BirthYear), PrivacyClass.S)]
    [InlineData(typeof(Entrepreneur), nameof(Entrepreneur.Id), PrivacyClass.S)]
    [InlineData(typeof(Source), nameof(Source.ArchivedText), PrivacyClass.I)]
    [InlineData(typeof(Source), nameof(Source.Title), PrivacyClass.P)]
    [InlineData(typeof(Citation), nameof(Citation.Curator), PrivacyClass.I)]
    [InlineData(typeof(Citation), nameof(Citation.Quote), PrivacyClass.P)]
    [InlineData(typeof(Classification), nameof(Classification.Curator), PrivacyClass.I)]
    [InlineData(typeof(IndicatorValue), nameof(IndicatorValue.Value), PrivacyClass.A)]
    [InlineData(typeof(Indicator), nameof(Indicator.Derivation), PrivacyClass.I)]
    [InlineData(typeof(Organisation), nameof(Organisation.Name), PrivacyClass.P)]
    [InlineData(typeof(AuditEntry), nameof(AuditEntry.Before), PrivacyClass.I)]
    public void MembersCarryTheirClass(Type type, string property, PrivacyClass expected) =>
        Assert.Equal(expected, PrivacyMetadata.Of(type, property));

    [Theory]
    [InlineData(typeof(Entrepreneur), PrivacyClass.S)]
    [InlineData(typeof(Enrolment), PrivacyClass.S)]
    [InlineData(typeof(NetworkJoin), PrivacyClass.S)]
    [InlineData(typeof(Project), PrivacyClass.P)]
    public void TypesCarryTheirClass(Type type, PrivacyClass expected) => Assert.Equal(expected, PrivacyMetadata.Of(type));

    [Theory]
    [InlineData(PrivacyClass.P, false)]
    [InlineData(PrivacyClass.A, false)]
    [InlineData(PrivacyClass.S, true)]
    [InlineData(PrivacyClass.X, true)]
    [InlineData(PrivacyClass.I, true)]
    public void StewardPolicyIsNeededForSXAndI(PrivacyClass @class, bool steward) =>
        Assert.Equal(steward, PrivacyMetadata.RequiresSteward(@class));

    [Fact]
    public void EveryPersonalTypeIsStewardOnly()
    {
        // Rows about individual beneficiaries must never be public by omission (DOMAIN.md §4.2 default deny).
        var personal = typeof(EntityBase).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(Entrepreneur).Namespace && t.IsSubclassOf(typeof(EntityBase)) && t != typeof(PublicContact));

        Assert.All(personal, t => Assert.True(PrivacyMetadata.RequiresSteward(PrivacyMetadata.Of(t)), t.Name));
    }

    [Fact]
    public void UnknownPropertyIsAnError() =>
        Assert.Throws<ArgumentException>(() => PrivacyMetadata.Of(typeof(Project), "Nope"));
}
