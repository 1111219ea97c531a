using System.Security.Cryptography;
using System.Text;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Tests.Sources;

public sealed class SourceTextTests
{
    private const string Text = "The total budget  for the\r\nproject is 69,966 euros.";

    private static Source NewSource(string text) =>
        new("Budget page", "en", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), DateTime.UtcNow);

    [Fact]
    public void ArchiveVerifiedAcceptsOnlyTheRegisteredDocument()
    {
        var source = NewSource(Text);

        var error = Assert.Throws<DomainException>(() => SourceText.ArchiveVerified(source, Encoding.UTF8.GetBytes(Text.Replace("\r\n", "\n", StringComparison.Ordinal))));
        Assert.Equal(SourceText.HashMismatch, error.Code);
        Assert.Null(source.ArchivedText);

        SourceText.ArchiveVerified(source, Encoding.UTF8.GetBytes(Text));
        Assert.Equal(Text, source.ArchivedText);
    }

    [Fact]
    public void LocateToleratesWhitespaceOnlyAndReturnsTheSpanInTheOriginalText()
    {
        var source = NewSource(Text);
        SourceText.ArchiveVerified(source, Encoding.UTF8.GetBytes(Text));

        var (start, end) = SourceText.Locate(source, "budget for the project");

        Assert.Equal("budget  for the\r\nproject", Text[start..end]);
        Assert.Equal(SourceText.QuoteNotInSource, Assert.Throws<DomainException>(() => SourceText.Locate(source, "budget for this project")).Code);
    }

    [Fact]
    public void AQuoteCannotBeCheckedWithoutArchivedText()
    {
        var error = Assert.Throws<DomainException>(() => SourceText.StateVerified(NewSource(Text), new SubjectRef(NodeKind.Project, EntityId.New()), "budget", "value"));
        Assert.Equal(SourceText.TextMissing, error.Code);
    }

    [Fact]
    public void StateVerifiedStoresTheNormalisedQuoteWithItsSpan()
    {
        var source = NewSource(Text);
        SourceText.ArchiveVerified(source, Encoding.UTF8.GetBytes(Text));

        var citation = SourceText.StateVerified(source, new SubjectRef(NodeKind.Budget, EntityId.New()), " 69,966\neuros ", "amount");

        Assert.Equal("69,966 euros", citation.Quote);
        Assert.Equal(AssertionKind.Stated, citation.Assertion);
        Assert.Equal("69,966 euros", Text[citation.CharStart!.Value..citation.CharEnd!.Value]);
    }
}
