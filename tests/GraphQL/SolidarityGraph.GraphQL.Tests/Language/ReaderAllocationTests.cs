using System.Text;
using SolidarityGraph.GraphQL.Language;

namespace SolidarityGraph.GraphQL.Tests.Language;

/// <summary>The reader's promise: reading tokens allocates nothing; only <c>GetString</c> materialises values.</summary>
public sealed class ReaderAllocationTests
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes(
        "query Q($id: ID! = \"1\", $n: [Int] = [1, -2, 3.5e10]) @live {\n" +
        "  # comment é\n" +
        "  node(id: $id, text: \"plain text 😀\", block: \"\"\"\n    block\n  \"\"\") { ...F ... on T { a } }\n" +
        "}\n\uFEFF fragment F on T { b(x: {k: true, l: null, m: ENUM}) }\n");

    [Fact]
    public void ReadingTokensAllocatesNothing()
    {
        int tokens = ReadAll();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            tokens = ReadAll();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(tokens > 50);
        Assert.Equal(0, allocated);
    }

    private static int ReadAll()
    {
        var reader = new Utf8GraphQLReader(Document);
        int count = 0;
        while (reader.Read())
        {
            if (reader.Kind == TokenKind.Name && reader.ValueTextEquals("query"u8))
            {
                count++;
            }

            count++;
        }

        return count;
    }
}
