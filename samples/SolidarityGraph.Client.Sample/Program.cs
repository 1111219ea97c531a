using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Partner.GraphQL;
using SolidarityGraph.Client;

// Usage: dotnet run -- http://localhost:5000/graphql
var endpoint = new Uri(args.Length > 0 ? args[0] : "http://localhost:5000/graphql");

var services = new ServiceCollection();
services.AddPartnerClient().ConfigureHttpClient(c => c.BaseAddress = endpoint);
services.AddSolidarityGraphClient().ConfigureHttpClient(c => c.BaseAddress = endpoint);
await using var provider = services.BuildServiceProvider();

// Our own operations (Operations/PartnerQueries.graphql), generated at compile time.
var partner = provider.GetRequiredService<IPartnerClient>();
var funders = await partner.TopFunders.ExecuteAsync("EUR");
if (!funders.IsSuccessResult())
{
    funders.Errors.ToList().ForEach(e => Console.Error.WriteLine(e));
    return 1;
}

foreach (var flow in funders.Data!.FundingFlows)
{
    Console.WriteLine($"Funder: {flow.Funder.Name}: {flow.Total?.ToString(CultureInfo.InvariantCulture) ?? "unknown"} {flow.Currency}");
}

var peruvian = 0;
await foreach (var organisation in partner.OrganisationsInCountry.StreamAsync("PE"))
{
    peruvian++;
    Console.WriteLine($"Organisation in PE: {organisation.Name}");
}

Console.WriteLine($"Organisations in PE: {peruvian}");

// The ready-made client shipped in the package.
var client = provider.GetRequiredService<ISolidarityGraphClient>();
var projects = await client.GetProjects.WithHeader("X-Request-Id", Guid.NewGuid().ToString()).ExecuteAsync(3, null, null, null);
try
{
    projects.EnsureNoErrors();
}
catch (GraphQLClientException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}

foreach (var project in projects.Data!.Projects!.Nodes!)
{
    Console.WriteLine($"Project: {project.Title} ({project.Kind})");
}

return 0;
