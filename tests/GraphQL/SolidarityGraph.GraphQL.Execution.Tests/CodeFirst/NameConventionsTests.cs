using System.Reflection;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.GraphQL.Execution.Tests.CodeFirst;

public sealed class NameConventionsTests
{
    [Theory]
    [InlineData("Title", "title")]
    [InlineData("ID", "id")]
    [InlineData("Id", "id")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("IATIIdentifier", "iatiIdentifier")]
    [InlineData("already", "already")]
    [InlineData("ABC1", "abc1")]
    public void CamelCasesPascalCaseNames(string name, string expected) => Assert.Equal(expected, NameConventions.CamelCase(name));

    [Theory]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("Draft", "DRAFT")]
    [InlineData("HTTPError", "HTTP_ERROR")]
    [InlineData("Phase2Done", "PHASE2_DONE")]
    [InlineData("ALREADY_UPPER", "ALREADY_UPPER")]
    public void EnumValuesAreScreamingSnakeCase(string member, string expected) =>
        Assert.Equal(expected, NameConventions.EnumValueName(member));

    [Theory]
    [InlineData(nameof(Members.GetProjectsAsync), "projects")]
    [InlineData(nameof(Members.GetProjects), "projects")]
    [InlineData(nameof(Members.Getaway), "getaway")]
    [InlineData(nameof(Members.SaveAsync), "save")]
    [InlineData(nameof(Members.Renamed), "customName")]
    public void MethodNamesLoseGetAndAsync(string method, string expected) =>
        Assert.Equal(expected, NameConventions.FieldName(typeof(Members).GetMethod(method)!));

    [Fact]
    public void GenericTypeNamesArePrefixedByTheirArguments() =>
        Assert.Equal("ProjectEdge", NameConventions.TypeName(typeof(Edge<Project>)));

    [Fact]
    public void ParametersAreCamelCase() =>
        Assert.Equal("projectId", NameConventions.ArgumentName(typeof(Members).GetMethod(nameof(Members.Getaway))!.GetParameters()[0]));

    private sealed class Edge<T>
    {
        public T? Node { get; init; }
    }

    private sealed class Members
    {
        public Task<int> GetProjectsAsync() => Task.FromResult(1);

        public int GetProjects() => 1;

        public int Getaway(string ProjectId) => ProjectId.Length;

        public Task SaveAsync() => Task.CompletedTask;

        [GraphQLName("customName")]
        public int Renamed() => 1;
    }
}
