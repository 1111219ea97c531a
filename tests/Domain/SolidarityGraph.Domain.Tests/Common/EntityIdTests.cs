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
    public void ANewEntityDrawsItsIdOnceAndKeepsIt()
    {
        var before = EntityId.New();
        var organisation = new Organisation("Cooperativa Sur", OrganisationKind.Network);
        var id = organisation.Id;

        Assert.True(EntityId.IsValid(id));
        Assert.Same(id, organisation.Id);
        Assert.True(string.CompareOrdinal(before[..10], id[..10]) <= 0); // drawn now, not before the entity existed
        Assert.NotEqual(id, new Organisation("Cooperativa Sur", OrganisationKind.Network).Id);
    }

    [Fact]
    public void KeyedIdsAreReproducible()
    {
        Assert.Equal(EntityId.FromKey("seed:O8"), EntityId.FromKey("seed:O8"));
        Assert.NotEqual(EntityId.FromKey("seed:O8"), EntityId.FromKey("seed:O9"));
        Assert.True(EntityId.IsValid(EntityId.FromKey("seed:O8")));
    }

    [Fact]
    public void NewIdsStartWithTheirInstant()
    {
        // 2024-01-01T00:00:00Z is 1704067200000 ms: the first ten characters are that 48-bit number in Crockford base 32.
        var id = EntityId.New(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.StartsWith("01HK153X00", id, StringComparison.Ordinal);
    }

    [Theory]
    // Ids of seeded records as existing databases and the committed query snapshots hold them.
    [InlineData("org:pk-department-of-social-welfare", "00000000002P5VPNTJB9G3DD0D")]
    [InlineData("project:barcelona-junk-collectors-cooperative", "00000000007C1YQCXQ8V9ZEYCN")]
    [InlineData("seed:O8", "0000000000J9K1TV8ZG735AYGE")]
    public void KeyedIdsStayTheIdsExistingDatabasesHold(string key, string id) => Assert.Equal(id, EntityId.FromKey(key));

    [Theory]
    [InlineData("01arz3ndektsv4rrffq69g5fav")]
    [InlineData("01ARZ3NDEKTSV4RRFFQ69G5FAU")]
    [InlineData("01ARZ3NDEKTSV4RRFFQ69G5FA-")]
    [InlineData("81ARZ3NDEKTSV4RRFFQ69G5FAV")]
    public void IdsTheUlidDecoderAcceptsButNoDatabaseHoldsAreInvalid(string id)
    {
        // Why IsValid is not Ulid.TryParse: the decoder takes these (lower case, letters outside the alphabet, overflow).
        Assert.True(Ulid.TryParse(id, out _));
        Assert.False(EntityId.IsValid(id));
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
