using System.Security.Cryptography;
using System.Text;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Tests.Sources;

public sealed class SourceRetitleTests
{
    private static readonly byte[] Content = Encoding.UTF8.GetBytes("Mano a Mano Peru: 16,322 EUR.");

    [Fact]
    public void Sha256OfIsTheRegisteredFormAndArchiveVerifiedAcceptsIt()
    {
        var hash = SourceText.Sha256Of(Content);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Content)), hash);
        var source = SourceText.ArchiveVerified(new Source("setec page", "en", hash, DateTime.UtcNow), Content);
        Assert.Equal("Mano a Mano Peru: 16,322 EUR.", source.ArchivedText);
    }

    [Fact]
    public void RetitleKeepsTheTextItsHashAndLanguage()
    {
        var source = new Source("setec", "de", SourceText.Sha256Of(Content), DateTime.UtcNow).Archive("text").Retitle(" setec Foundation: projects ");

        Assert.Equal(("setec Foundation: projects", "de", SourceText.Sha256Of(Content), "text"), (source.Title, source.Language, source.ContentSha256, source.ArchivedText));
        DomainAssert.Throws(DomainErrorCodes.Required, "Source title is required.", () => source.Retitle(""));
    }
}
