using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Tests.Validation;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Tests.Utilities;

public sealed class TypeInfoTests
{
    private static readonly SolidarityGraph.GraphQL.Types.Schema Schema = ValidationHarness.BuildSchema(HarnessSchema.Sdl);

    [Fact]
    public void TracksTypesOfFieldsFragmentsAndValues()
    {
        var seen = Walk("""
            query ($cmd: DogCommand) {
              dog { name doesKnowCommand(dogCommand: $cmd) }
              catOrDog { __typename ... on Cat { furColor } }
              complicatedArgs { stringListArgField(stringListArg: ["a"]) complexArgField(complexArg: { intField: 1 }) }
              human { unknown { deeper } }
            }
            """);

        Assert.Equal(
            new[]
            {
                "var $cmd input=DogCommand",
                "field dog parent=QueryRoot type=Dog",
                "field name parent=Dog type=String",
                "field doesKnowCommand parent=Dog type=Boolean",
                "arg dogCommand input=DogCommand default=False",
                "var $cmd input=DogCommand",
                "field catOrDog parent=QueryRoot type=CatOrDog",
                "field __typename parent=CatOrDog type=String!",
                "field furColor parent=Cat type=FurColor",
                "field complicatedArgs parent=QueryRoot type=ComplicatedArgs",
                "field stringListArgField parent=ComplicatedArgs type=String",
                "arg stringListArg input=[String] default=False",
                "string input=String parentInput=[String]",
                "field complexArgField parent=ComplicatedArgs type=String",
                "arg complexArg input=ComplexInput default=False",
                "int input=Int parentInput=ComplexInput",
                "field human parent=QueryRoot type=Human",
                "field unknown parent=Human type=-",
                "field deeper parent=- type=-",
            },
            seen);
    }

    [Fact]
    public void FindsMetaFieldsOnlyWhereTheSpecAllowsThem()
    {
        Assert.NotNull(TypeInfo.GetField(Schema, Schema.QueryType!, "__schema"));
        Assert.NotNull(TypeInfo.GetField(Schema, Schema.QueryType!, "__type"));
        Assert.Null(TypeInfo.GetField(Schema, Schema.GetType("Dog")!, "__schema"));
        Assert.NotNull(TypeInfo.GetField(Schema, Schema.GetType("CatOrDog")!, "__typename"));
        Assert.Null(TypeInfo.GetField(Schema, Schema.GetType("ComplexInput")!, "__typename"));
    }

    private static List<string> Walk(string query)
    {
        var typeInfo = new TypeInfo(Schema);
        var recorder = new Recorder(typeInfo);
        typeInfo.Wrap(recorder).Visit(Parser.Parse(query));
        return recorder.Seen;
    }

    private sealed class Recorder(TypeInfo typeInfo) : SyntaxVisitor
    {
        public List<string> Seen { get; } = new();

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case FieldNode field:
                    Seen.Add($"field {field.Name.Value} parent={Text(typeInfo.ParentType)} type={Text(typeInfo.Type)}");
                    break;
                case ArgumentNode argument:
                    Seen.Add($"arg {argument.Name.Value} input={Text(typeInfo.InputType)} default={typeInfo.HasDefaultValue}");
                    break;
                case VariableNode variable:
                    Seen.Add($"var ${variable.Name.Value} input={Text(typeInfo.InputType)}");
                    break;
                case StringValueNode:
                    Seen.Add($"string input={Text(typeInfo.InputType)} parentInput={Text(typeInfo.ParentInputType)}");
                    break;
                case IntValueNode:
                    Seen.Add($"int input={Text(typeInfo.InputType)} parentInput={Text(typeInfo.ParentInputType)}");
                    break;
            }

            return VisitorAction.Continue;
        }

        private static string Text(object? value) => value?.ToString() ?? "-";
    }
}
