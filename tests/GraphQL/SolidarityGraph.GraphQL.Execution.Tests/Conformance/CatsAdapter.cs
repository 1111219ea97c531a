using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.GraphQL.Execution.Tests.Conformance;

/// <summary>
/// Runs one graphql-cats execution scenario the way the shared <c>cats-runner.mjs</c> drives graphql-js: the cats
/// directives (<c>@resolveString</c>, <c>@resolveTestData</c>, <c>@resolveError</c> …) select each field's behaviour,
/// test data objects refer to each other with <c>{"$ref": name}</c>, and abstract types resolve from
/// <c>type</c> or <c>__typename</c>.
/// </summary>
internal sealed class CatsAdapter
{
    public const string Directives = """
        directive @resolveString(value: String!) on FIELD_DEFINITION
        directive @argumentsJson on FIELD_DEFINITION
        directive @resolvePromiseString(value: String!) on FIELD_DEFINITION
        directive @resolveEmptyObject on FIELD_DEFINITION
        directive @resolveTestData(name: String!) on FIELD_DEFINITION
        directive @resolvePromiseTestData(name: String!) on FIELD_DEFINITION
        directive @resolvePromise on FIELD_DEFINITION
        directive @resolveError(message: String!) on FIELD_DEFINITION
        directive @resolveErrorList(values: [String!]!, messages: [String!]!) on FIELD_DEFINITION
        directive @resolvePromiseReject(message: String!) on FIELD_DEFINITION
        directive @resolvePromiseRejectList(values: [String!]!, messages: [String!]!) on FIELD_DEFINITION
        directive @enumInt(value: Int!) on ENUM_VALUE

        """;

    private readonly JsonElement _testData;

    public CatsAdapter(JsonElement? testData) => _testData = testData ?? JsonDocument.Parse("{}").RootElement;

    /// <summary>The response as JSON: <c>{errors?, data?}</c>.</summary>
    public async Task<JsonNode> ExecuteAsync(string sdl, string query, string? testValue, JsonElement? variables, string? operationName, bool validate)
    {
        var schema = SchemaBuilder.Build(Directives + sdl);
        DocumentNode document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLSyntaxException exception)
        {
            return ToJson(ExecutionResult.FromRequestErrors(new[] { exception.Error }));
        }

        if (validate)
        {
            var errors = DocumentValidator.Validate(schema, document);
            if (errors.Count > 0)
            {
                return ToJson(ExecutionResult.FromRequestErrors(errors));
            }
        }

        var result = await Executor.ExecuteAsync(new ExecutionRequest(schema, document)
        {
            OperationName = operationName,
            Variables = variables?.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone()),
            RootValue = testValue is null ? new Dictionary<string, object?>() : Deref(_testData.GetProperty(testValue)),
            FieldResolver = ResolveAsync,
            TypeResolver = ResolveType,
        });
        return ToJson(result);
    }

    private static JsonNode ToJson(ExecutionResult result) => JsonNode.Parse(ResultWriter.ToJson(result))!;

    private async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        var directives = context.Field.Directives;
        DirectiveNode? Find(string name) => directives.FirstOrDefault(d => d.Name.Value == name);
        object? Argument(DirectiveNode directive, string name) => Untyped(directive.Arguments.First(a => a.Name.Value == name).Value);

        if (Find("resolveString") is { } resolveString)
        {
            return Fill((string)Argument(resolveString, "value")!, context.Arguments);
        }

        if (Find("resolvePromiseString") is { } promiseString)
        {
            await Task.Yield();
            return Fill((string)Argument(promiseString, "value")!, context.Arguments);
        }

        if (Find("argumentsJson") is not null)
        {
            return JsonSerializer.Serialize(context.Arguments);
        }

        if (Find("resolveEmptyObject") is not null)
        {
            return new Dictionary<string, object?>();
        }

        if ((Find("resolveTestData") ?? Find("resolvePromiseTestData")) is { } testData)
        {
            if (testData.Name.Value == "resolvePromiseTestData")
            {
                await Task.Yield();
            }

            return Deref(_testData.GetProperty((string)Argument(testData, "name")!));
        }

        if (Find("resolveError") is { } error)
        {
            throw new GraphQLException((string)Argument(error, "message")!);
        }

        if (Find("resolvePromiseReject") is { } reject)
        {
            await Task.Yield();
            throw new GraphQLException((string)Argument(reject, "message")!);
        }

        if ((Find("resolveErrorList") ?? Find("resolvePromiseRejectList")) is { } errorList)
        {
            // Like the reference adapter: values interleaved with erroring items.
            var values = (List<object?>)Argument(errorList, "values")!;
            var messages = (List<object?>)Argument(errorList, "messages")!;
            var items = new List<object?>();
            for (var i = 0; i < Math.Max(values.Count, messages.Count); i++)
            {
                if (i < values.Count)
                {
                    items.Add(values[i]);
                }

                if (i < messages.Count)
                {
                    items.Add(new GraphQLException((string)messages[i]!));
                }
            }

            return items;
        }

        var value = DefaultFieldResolver.ResolveMember(Deref(context.Parent), context.Field.Name);
        if (Find("resolvePromise") is not null)
        {
            await Task.Yield();
        }

        return value;
    }

    private ObjectType? ResolveType(object value, IResolverContext context, IAbstractType abstractType)
    {
        var target = Deref(value);
        var name = DefaultFieldResolver.ResolveMember(target, "type") as string ?? DefaultFieldResolver.ResolveMember(target, "__typename") as string;
        return name is null ? null : context.Schema.GetType(name) as ObjectType;
    }

    private object? Deref(object? value)
    {
        while (value is JsonElement { ValueKind: JsonValueKind.Object } element && element.TryGetProperty("$ref", out var reference))
        {
            value = _testData.GetProperty(reference.GetString()!);
        }

        return value;
    }

    private static string Fill(string template, IReadOnlyDictionary<string, object?> arguments) =>
        Regex.Replace(template, @"\$([A-Za-z_][A-Za-z0-9_]*)", m => arguments.TryGetValue(m.Groups[1].Value, out var v) ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "null" : "undefined");

    private static object? Untyped(ValueNode node) => node switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => int.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
        ListValueNode list => list.Values.Select(Untyped).ToList(),
        BooleanValueNode b => b.Value,
        _ => null,
    };
}
