namespace SolidarityGraph.Client.Tests.Live;

/// <summary><c>StreamAsync</c> follows cursors through a whole connection.</summary>
[Collection(LiveCollection.Name)]
public sealed class PagingTests(LiveServer server)
{
    [Fact]
    public async Task StreamAsyncPagesThroughAllOrganisationsAndMatchesTotalCount()
    {
        var client = server.CreateClient();
        var first = await client.GetOrganisations.ExecuteAsync(3, null, null);
        first.EnsureNoErrors();
        var total = first.Data!.Organisations!.TotalCount;

        var streamed = new List<IGetOrganisations_Organisations_Nodes>();
        await foreach (var organisation in client.GetOrganisations.StreamAsync(3, null))
        {
            streamed.Add(organisation);
        }

        Assert.True(total > 3, $"the seed has {total} organisations: too few to page");
        Assert.Equal(total, streamed.Count);
        Assert.Equal(total, streamed.Select(o => o.Id).Distinct().Count());
    }

    [Fact]
    public async Task StreamAsyncStopsWhenCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in server.CreateClient().GetProjects.StreamAsync(2, null, null, cancellation.Token))
            {
                read++;
                await cancellation.CancelAsync();
            }
        });

        Assert.Equal(1, read);
    }
}
