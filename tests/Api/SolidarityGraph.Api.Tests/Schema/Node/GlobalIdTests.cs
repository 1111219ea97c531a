using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.GraphQL.Execution;

namespace SolidarityGraph.Api.Tests.Schema.Node;

/// <summary>The global ID format of PARITY.md §1: golden IDs per node type and every rejection reason.</summary>
public sealed class GlobalIdTests
{
    private const string Key = "01JD2Z5N8Q3W4X5Y6Z7A8B9C0D";

    [Theory]
    [InlineData("Source", "U291cmNlOjAxSkQyWjVOOFEzVzRYNVk2WjdBOEI5QzBE")]
    [InlineData("Citation", "Q2l0YXRpb246MDFKRDJaNU44UTNXNFg1WTZaN0E4QjlDMEQ")]
    [InlineData("Organisation", "T3JnYW5pc2F0aW9uOjAxSkQyWjVOOFEzVzRYNVk2WjdBOEI5QzBE")]
    [InlineData("PublicContact", "UHVibGljQ29udGFjdDowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRA")]
    [InlineData("Entrepreneur", "RW50cmVwcmVuZXVyOjAxSkQyWjVOOFEzVzRYNVk2WjdBOEI5QzBE")]
    [InlineData("Project", "UHJvamVjdDowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRA")]
    [InlineData("Budget", "QnVkZ2V0OjAxSkQyWjVOOFEzVzRYNVk2WjdBOEI5QzBE")]
    [InlineData("Participation", "UGFydGljaXBhdGlvbjowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRA")]
    [InlineData("ProjectLocation", "UHJvamVjdExvY2F0aW9uOjAxSkQyWjVOOFEzVzRYNVk2WjdBOEI5QzBE")]
    [InlineData("ProjectRole", "UHJvamVjdFJvbGU6MDFKRDJaNU44UTNXNFg1WTZaN0E4QjlDMEQ")]
    [InlineData("Result", "UmVzdWx0OjAxSkQyWjVOOFEzVzRYNVk2WjdBOEI5QzBE")]
    [InlineData("Indicator", "SW5kaWNhdG9yOjAxSkQyWjVOOFEzVzRYNVk2WjdBOEI5QzBE")]
    [InlineData("IndicatorValue", "SW5kaWNhdG9yVmFsdWU6MDFKRDJaNU44UTNXNFg1WTZaN0E4QjlDMEQ")]
    [InlineData("Funding", "RnVuZGluZzowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRA")]
    [InlineData("Place", "UGxhY2U6MDFKRDJaNU44UTNXNFg1WTZaN0E4QjlDMEQ")]
    [InlineData("Event", "RXZlbnQ6MDFKRDJaNU44UTNXNFg1WTZaN0E4QjlDMEQ")]
    [InlineData("EventSeries", "RXZlbnRTZXJpZXM6MDFKRDJaNU44UTNXNFg1WTZaN0E4QjlDMEQ")]
    [InlineData("Training", "VHJhaW5pbmc6MDFKRDJaNU44UTNXNFg1WTZaN0E4QjlDMEQ")]
    [InlineData("Campaign", "Q2FtcGFpZ246MDFKRDJaNU44UTNXNFg1WTZaN0E4QjlDMEQ")]
    [InlineData("PolicyProposal", "UG9saWN5UHJvcG9zYWw6MDFKRDJaNU44UTNXNFg1WTZaN0E4QjlDMEQ")]
    [InlineData("Classification", "Q2xhc3NpZmljYXRpb246MDFKRDJaNU44UTNXNFg1WTZaN0E4QjlDMEQ")]
    public void EncodesEveryNodeTypeToItsGoldenId(string typeName, string expected)
    {
        Assert.Contains(typeName, NodeTypes.Names);
        Assert.Equal(expected, GlobalId.Encode(typeName, Key));
        Assert.Equal((typeName, Key), GlobalId.Decode(expected, typeName));
    }

    [Fact]
    public void EveryNodeTypeHasAGoldenId()
    {
        // A new node type must get a golden ID above (its name becomes public contract).
        Assert.Equal(21, NodeTypes.Names.Count);
    }

    [Theory]
    [InlineData("UHJvamVjdDowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRA==", "MALFORMED_BASE64")] // padding
    [InlineData("UHJvamVjdDowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRB", "MALFORMED_BASE64")] // non-canonical trailing bits
    [InlineData("UHJvamVjdDowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwR+", "MALFORMED_BASE64")] // standard alphabet
    [InlineData("UHJvamVjdDowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMw RA", "MALFORMED_BASE64")] // whitespace
    [InlineData("UHJvamVjdDowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRAx", "MALFORMED_BASE64")] // impossible length
    [InlineData("__5Qcm9qZWN0Ong", "MALFORMED_BASE64")] // not UTF-8
    [InlineData("", "MALFORMED_BASE64")]
    [InlineData("UHJvamVjdC0wMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRA", "UNKNOWN_TYPE")] // no colon
    [InlineData("Tm9wZTowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRA", "UNKNOWN_TYPE")] // Nope:
    [InlineData("UHJvamVjdDpub3QtYS11bGlk", "INVALID_KEY")]
    [InlineData("UHJvamVjdDo4MUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRA", "INVALID_KEY")] // ULID overflow
    public void RejectsMalformedIds(string id, string reason)
    {
        var error = Assert.Throws<GraphQLException>(() => GlobalId.Decode(id));
        Assert.Equal("INVALID_ID", error.Code);
        Assert.Equal(reason, error.Extensions["reason"]);
    }

    [Fact]
    public void RejectsTooLongIdsBeforeDecoding()
    {
        var error = Assert.Throws<GraphQLException>(() => GlobalId.Decode(new string('A', GlobalId.MaxLength + 1)));
        Assert.Equal("TOO_LONG", error.Extensions["reason"]);
    }

    [Fact]
    public void RejectsAnotherTypesIdForATypedArgument()
    {
        var error = Assert.Throws<GraphQLException>(() => GlobalId.Decode(GlobalId.Encode("Funding", Key), "Organisation"));
        Assert.Equal("TYPE_MISMATCH", error.Extensions["reason"]);
    }

    [Theory]
    [InlineData(
        "Project 01JD2Z5N8Q3W4X5Y6Z7A8B9C0D was changed by someone else.",
        "Project UHJvamVjdDowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRA was changed by someone else.")]
    [InlineData(
        "Cannot derive a share for Funding 01JD2Z5N8Q3W4X5Y6Z7A8B9C0D: Budget 01JD2Z5N8Q3W4X5Y6Z7A8B9C0D belongs to another project.",
        "Cannot derive a share for Funding RnVuZGluZzowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRA: Budget QnVkZ2V0OjAxSkQyWjVOOFEzVzRYNVk2WjdBOEI5QzBE belongs to another project.")]
    [InlineData(
        "Membership 01JD2Z5N8Q3W4X5Y6Z7A8B9C0D and key 01JD2Z5N8Q3W4X5Y6Z7A8B9C0D are not node IDs.",
        "Membership 01JD2Z5N8Q3W4X5Y6Z7A8B9C0D and key 01JD2Z5N8Q3W4X5Y6Z7A8B9C0D are not node IDs.")]
    public void RecordsNamedInTextAreNamedByTheirGlobalIdWhenTheirTypeIsANodeType(string text, string expected) =>
        Assert.Equal(expected, GlobalId.InText(text));
}
