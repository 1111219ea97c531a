namespace SolidarityGraph.GraphQL.Data.Tests.TestModel;

/// <summary>A small, deterministic data set: 4 organisations, 12 projects, 3–5 participations per project.</summary>
public static class Seed
{
    private static readonly string[] Roles = { "lead", "partner", "advisor", "funder", "observer" };

    public static List<Organisation> Organisations()
    {
        var organisations = new List<Organisation>
        {
            new() { Id = 1, Name = "Alpha Cooperative", Country = "DE", Kind = OrganisationKind.Cooperative, ContactEmail = "alpha@example.org" },
            new() { Id = 2, Name = "Beta Union", Country = "FR", Kind = OrganisationKind.Union, ContactEmail = "beta@example.org" },
            new() { Id = 3, Name = "Gamma Foundation", Country = "DE", Kind = OrganisationKind.Foundation, ContactEmail = "gamma@example.org" },
            new() { Id = 4, Name = "Delta Cooperative", Country = "ES", Kind = OrganisationKind.Cooperative, ContactEmail = "delta@example.org" },
        };

        var participationId = 1;
        for (var i = 1; i <= 12; i++)
        {
            var project = new Project
            {
                Id = i,
                Title = $"Project {(char)('A' + i - 1)}{(i % 3 == 0 ? " water" : i % 3 == 1 ? " seeds" : " schools")}",
                Code = i % 4 == 0 ? null : $"P-{i:00}",
                Budget = (i % 5 + 1) * 1000,
                StartDate = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(i * 2),
                Status = (ProjectStatus)(i % 3),
                IsPublic = i % 2 == 1,
            };
            for (var p = 0; p < 3 + (i % 3); p++)
            {
                project.Participations.Add(new Participation { Id = participationId++, Role = Roles[(i + p) % Roles.Length], Share = (p + 1) * 10 });
            }

            organisations[(i - 1) % 4].Projects.Add(project);
        }

        return organisations;
    }
}
