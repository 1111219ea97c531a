using System.Security.Cryptography;
using System.Text;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>The <c>documentHash</c> of a request: SHA-256 of the document's UTF-8 text, upper-case hex.</summary>
internal static class DocumentHasher
{
    public static string Hash(string documentText) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(documentText)));
}
