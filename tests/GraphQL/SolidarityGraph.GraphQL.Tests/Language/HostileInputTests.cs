using System.Text;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using static SolidarityGraph.GraphQL.Tests.Language.SyntaxAssert;

namespace SolidarityGraph.GraphQL.Tests.Language;

/// <summary>
/// Hostile documents: every one must end in a <see cref="GraphQLSyntaxException"/> (never a stack overflow, an index
/// error or a hang). The time guard only keeps a regression from hanging the suite; it is not what is being tested.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30); // generous: a busy machine must not turn a slow pass into a failure

    [Fact]
    public void HundredThousandNestedListValuesHitTheDepthLimit()
    {
        string source = "{ a(x: " + new string('[', 100_000) + " }";
        var error = ParseGuarded(source);
        // The selection set is level 1, so the 200th bracket (column 8 + 199) is level 201.
        AssertError(error, "Syntax Error: Document exceeds the maximum nesting depth of 200. Parsing aborted.", 1, 207, ErrorCodes.MaxDepth);
    }

    [Fact]
    public void HundredThousandNestedSelectionSetsHitTheDepthLimit()
    {
        string source = "{" + string.Concat(Enumerable.Repeat("a{", 100_000));
        var error = ParseGuarded(source);
        AssertError(error, "Syntax Error: Document exceeds the maximum nesting depth of 200. Parsing aborted.", 1, 401, ErrorCodes.MaxDepth);
    }

    [Fact]
    public void NestedObjectValuesHitTheDepthLimit()
    {
        string source = "{ a(x: " + string.Concat(Enumerable.Repeat("{a:", 100_000)) + " }";
        Assert.Equal(ErrorCodes.MaxDepth, ParseGuarded(source).Code);
    }

    [Fact]
    public void NestedListTypesHitTheDepthLimit()
    {
        string source = "query ($v: " + new string('[', 100_000) + "Int" + new string(']', 100_000) + ") { a }";
        Assert.Equal(ErrorCodes.MaxDepth, ParseGuarded(source).Code);
        var error = Guarded(() => Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(new string('[', 10_000) + "Int")));
        Assert.Equal(ErrorCodes.MaxDepth, error.Code);
    }

    [Fact]
    public void DepthLimitIsConfigurableAndExact()
    {
        string nested = "{ a(x: " + new string('[', 9) + new string(']', 9) + ") }";
        Assert.NotNull(Parser.Parse(nested, new ParserOptions { MaxDepth = 10 }));
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(nested, new ParserOptions { MaxDepth = 9 }));
        AssertError(error, "Syntax Error: Document exceeds the maximum nesting depth of 9. Parsing aborted.", 1, 16, ErrorCodes.MaxDepth);
    }

    [Fact]
    public void StackGuardStopsDeepNestingEvenWithoutADepthLimitOnASmallStack()
    {
        string source = "{ a(x: " + new string('[', 1_000_000) + " }";
        GraphQLSyntaxException? error = null;
        Exception? unexpected = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    Parser.Parse(source, new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue, MaxDocumentBytes = int.MaxValue });
                }
                catch (GraphQLSyntaxException e)
                {
                    error = e;
                }
                catch (Exception e)
                {
                    unexpected = e;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        Assert.True(thread.Join(Guard), "parsing did not finish");
        Assert.Null(unexpected);
        Assert.Equal(ErrorCodes.MaxDepth, error!.Code);
    }

    [Fact]
    public void TenMegabyteStringLiteralIsRejectedUnderTheDefaultSizeLimit()
    {
        string source = "{ a(x: \"" + new string('x', 10 * 1024 * 1024) + "\") }";
        var error = ParseGuarded(source);
        AssertError(error, "Syntax Error: Document contains more than 1048576 bytes. Parsing aborted.", 1, 1, ErrorCodes.MaxDocumentSize);

        var utf8 = Encoding.UTF8.GetBytes(source);
        var spanError = Guarded(() => Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(utf8)));
        Assert.Equal(ErrorCodes.MaxDocumentSize, spanError.Code);
    }

    [Fact]
    public void TenMegabyteStringLiteralParsesWhenTheSizeLimitIsRaised()
    {
        string payload = string.Concat(Enumerable.Repeat("é\U0001F600x", 1_500_000));
        string source = "{ a(x: \"" + payload + "\") }";
        var options = new ParserOptions { MaxDocumentBytes = 20 * 1024 * 1024 };
        var document = Guarded(() => Parser.Parse(source, options));
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        var value = Assert.IsType<StringValueNode>(field.Arguments[0].Value);
        Assert.Equal(payload, value.Value);
        Assert.True(Encoding.UTF8.GetByteCount(source) > 10 * 1024 * 1024);
        // Offsets stay in UTF-16 code units, as graphql-js reports them.
        Assert.Equal(source.Length - 2, field.Location!.Value.End);
    }

    [Fact]
    public void TooManyTokensAreRejected()
    {
        string source = "{ " + string.Concat(Enumerable.Repeat("a ", 20_000)) + "}";
        var error = ParseGuarded(source);
        AssertError(error, "Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", 1, 30_001, ErrorCodes.MaxTokens);
    }

    [Fact]
    public void UnterminatedStringsAreReportedAtTheEnd()
    {
        string body = new string('a', 500_000);
        AssertError(ParseGuarded("{ a(x: \"" + body), "Syntax Error: Unterminated string.", 1, 9 + body.Length, ErrorCodes.ParseFailed);
        AssertError(ParseGuarded("{ a(x: \"\"\"" + body + "\n" + body), "Syntax Error: Unterminated string.", 2, 1 + body.Length, ErrorCodes.ParseFailed);
        AssertError(ParseGuarded("{ a(x: \"abc\n\") }"), "Syntax Error: Unterminated string.", 1, 12, ErrorCodes.ParseFailed);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x20, 0xFF, 0x7D }, 3)]
    [InlineData(new byte[] { 0x7B, 0x20, 0x22, 0xC3, 0x22, 0x7D }, 4)]
    [InlineData(new byte[] { 0x7B, 0x20, 0x22, 0xF4, 0x90, 0x80, 0x80, 0x22, 0x7D }, 4)]
    [InlineData(new byte[] { 0x23, 0xE0, 0x80, 0x80 }, 2)]
    [InlineData(new byte[] { 0x22, 0x22, 0x22, 0x80, 0x22, 0x22, 0x22 }, 4)]
    public void InvalidUtf8IsASyntaxError(byte[] utf8, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(utf8));
        Assert.StartsWith("Syntax Error: Invalid UTF-8 sequence starting with byte 0x", error.Message);
        Assert.Equal((1, column, ErrorCodes.ParseFailed), (error.Line, error.Column, error.Code));
    }

    [Fact]
    public void RandomBytesOnlyEverProduceSyntaxErrors()
    {
        var random = new Random(20250901);
        byte[] alphabet = Encoding.UTF8.GetBytes("{}()[]:=@$!|&.\"\\ \n\r\t,#-0123456789eEaz_on\u00e9\U0001F600");
        int failures = 0;
        Guarded(
            () =>
            {
                for (int i = 0; i < 20_000; i++)
                {
                    var bytes = new byte[random.Next(0, 64)];
                    for (int j = 0; j < bytes.Length; j++)
                    {
                        bytes[j] = random.Next(4) == 0 ? (byte)random.Next(256) : alphabet[random.Next(alphabet.Length)];
                    }

                    failures += ParsesOrFailsCleanly(bytes) ? 0 : 1;
                }

                return failures;
            });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void MutatedKitchenSinksOnlyEverProduceSyntaxErrors()
    {
        var random = new Random(7);
        byte[][] seeds =
        [
            Encoding.UTF8.GetBytes(SolidarityGraph.Testing.Fixtures.KitchenSinkQuery),
            Encoding.UTF8.GetBytes(SolidarityGraph.Testing.Fixtures.KitchenSinkSchema),
        ];
        int failures = 0;
        Guarded(
            () =>
            {
                for (int i = 0; i < 3_000; i++)
                {
                    byte[] bytes = (byte[])seeds[i % 2].Clone();
                    for (int m = random.Next(1, 6); m > 0; m--)
                    {
                        bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    }

                    int cut = random.Next(bytes.Length + 1);
                    failures += ParsesOrFailsCleanly(bytes.AsSpan(0, cut).ToArray()) ? 0 : 1;
                }

                return failures;
            });
        Assert.Equal(0, failures);
    }

    private static bool ParsesOrFailsCleanly(byte[] bytes)
    {
        try
        {
            Parser.Parse(bytes, ParserOptions.Trusted);
        }
        catch (GraphQLSyntaxException e)
        {
            return e.Message.StartsWith("Syntax Error: ", StringComparison.Ordinal) && e.Line >= 1 && e.Column >= 1;
        }
        catch (Exception)
        {
            return false;
        }

        return true;
    }

    private static GraphQLSyntaxException ParseGuarded(string source) =>
        Guarded(() => Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source)));

    private static T Guarded<T>(Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(Guard), "parsing did not finish in time");
        return task.Result;
    }
}
