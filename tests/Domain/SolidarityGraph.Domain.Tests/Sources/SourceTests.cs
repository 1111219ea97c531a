using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Tests.Sources;

public sealed class SourceTests
{
    private static readonly string Sha = new('0', 64);
    private static readonly DateTime Retrieved = new(2025, 1, 15, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void KeepsTheRequiredFields()
    {
        var source = new Source("setec Foundation project page", "en", Sha, Retrieved).Describe(url: null, seedFile: "002_e99b8cddfe84e22e.txt");

        Assert.Null(source.Url);
        Assert.Equal("002_e99b8cddfe84e22e.txt", source.SeedFile);
        Assert.Equal(NodeKind.Source, source.NodeKind);
    }

    [Fact]
    public void TitleIsRequired() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Source title is required.", () => new Source(" ", "en", Sha, Retrieved));

    [Fact]
    public void LanguageMustBeIso639() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidFormat,
            "Source language 'EN' is not an ISO 639-1 code: expected two lowercase letters.",
            () => new Source("t", "EN", Sha, Retrieved));

    [Fact]
    public void HashMustBeLowercaseHexSha256() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidFormat,
            "Source content SHA-256 'ABC' must be 64 lowercase hexadecimal characters.",
            () => new Source("t", "en", "ABC", Retrieved));

    [Fact]
    public void RetrievalTimeMustBeUtc() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidFormat,
            "Timestamp 2025-01-15T00:00:00.0000000 must be in UTC (DateTimeKind.Utc).",
            () => new Source("t", "en", Sha, new DateTime(2025, 1, 15, 0, 0, 0, DateTimeKind.Unspecified)));
}
