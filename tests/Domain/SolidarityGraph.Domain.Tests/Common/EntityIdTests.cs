using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Organisations;

namespace SolidarityGraph.Domain.Tests.Common;

public sealed class EntityIdTests
{
    [Fact]
    public void NewIdsAreValidUniqueAndTimeOrdered()
    {
        var earlier = EntityId.New(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var later = EntityId.New(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.True(EntityId.IsValid(earlier));
        Assert.Equal(EntityId.Length, earlier.Length);
        Assert.True(string.CompareOrdinal(earlier, later) < 0);
        Assert.NotEqual(EntityId.New(), EntityId.New());
    }

    [Fact]
    public void KeyedIdsAreReproducible()
    {
        Assert.Equal(EntityId.FromKey("seed:O8"), EntityId.FromKey("seed:O8"));
        Assert.NotEqual(EntityId.FromKey("seed:O8"), EntityId.FromKey("seed:O9"));
        Assert.True(EntityId.IsValid(EntityId.FromKey("seed:O8")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("01ARZ3NDEKTSV4RRFFQ69G5FA")]
    [InlineData("01ARZ3NDEKTSV4RRFFQ69G5FAVX")]
    [InlineData("01ARZ3NDEKTSV4RRFFQ69G5FAU")]
    [InlineData("81ARZ3NDEKTSV4RRFFQ69G5FAV")]
    public void MalformedIdsAreInvalid(string id) => Assert.False(EntityId.IsValid(id));

    [Fact]
    public void AssignIdReplacesTheGeneratedId()
    {
        var organisation = new Organisation("setec Foundation", OrganisationKind.Foundation);

        organisation.AssignId(Ids.A);

        Assert.Equal(Ids.A, organisation.Id);
        Assert.Equal(new SubjectRef(NodeKind.Organisation, Ids.A), organisation.AsSubject());
    }

    [Fact]
    public void AssignIdRejectsMalformedIds() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidId,
            "Id 'O8' is not a valid SolidarityGraph id.",
            () => new Organisation("setec Foundation", OrganisationKind.Foundation).AssignId("O8"));
}
