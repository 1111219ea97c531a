namespace SolidarityGraph.GraphQL.Tests.Types;

/// <summary>
/// One small SDL document per kind of schema validation error (spec §3), with the messages graphql-js 17.1.0's
/// <c>validateSchema</c> reports for it. The differential test also runs them through graphql-js.
/// </summary>
internal static class SchemaValidationCases
{
    public static readonly IReadOnlyDictionary<string, (string Sdl, string[] Errors)> All = new Dictionary<string, (string, string[])>
    {
        ["MissingQueryRootType"] = ("type Foo { a: String }", new[] { "Query root type must be provided." }),
        ["QueryRootTypeNotObject"] = ("schema { query: Q } scalar Q", new[] { "Query root type must be Object type, it cannot be Q." }),
        ["MutationRootTypeNotObject"] = ("schema { query: Query mutation: M } type Query { a: Int } input M { a: Int }", new[] { "Mutation root type must be Object type if provided, it cannot be M." }),
        ["RootTypesNotDifferent"] = ("schema { query: Query mutation: Query } type Query { a: Int }", new[] { "All root types must be different, \"Query\" type is used as query and mutation root types." }),
        ["ReservedNames"] = ("type Query { __a: Int } type __Bad { a: Int }", new[] { "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.", "Name \"__Bad\" must not begin with \"__\", which is reserved by GraphQL introspection." }),
        ["ObjectWithoutFields"] = ("type Query { a: Int } type Empty", new[] { "Type Empty must define one or more fields." }),
        ["FieldTypeNotOutputType"] = ("type Query { a: I } input I { a: Int }", new[] { "The type of Query.a must be Output Type but got: I." }),
        ["ArgumentTypeNotInputType"] = ("type Query { a(x: Query): Int }", new[] { "The type of Query.a(x:) must be Input Type but got: Query." }),
        ["RequiredArgumentDeprecated"] = ("type Query { a(x: Int! @deprecated): Int }", new[] { "Required argument Query.a(x:) cannot be deprecated." }),
        ["UnionWithoutMembers"] = ("type Query { a: Int } union U", new[] { "Union type U must define one or more member types." }),
        ["UnionMemberTwice"] = ("type Query { a: Int } union U = Query | Query", new[] { "Union type U can only include type Query once." }),
        ["UnionMemberNotObject"] = ("type Query { a: Int } union U = Query | Int", new[] { "Union type U can only include Object types, it cannot include Int." }),
        ["EnumWithoutValues"] = ("type Query { a: Int } enum E", new[] { "Enum type E must define one or more values." }),
        ["ReservedEnumValueName"] = ("type Query { a: Int } enum E { __A }", new[] { "Name \"__A\" must not begin with \"__\", which is reserved by GraphQL introspection." }),
        ["InputObjectWithoutFields"] = ("type Query { a: Int } input I", new[] { "Input Object type I must define one or more fields." }),
        ["InputFieldTypeNotInputType"] = ("type Query { a(i: I): Int } input I { o: Query }", new[] { "The type of I.o must be Input Type but got: Query." }),
        ["RequiredInputFieldDeprecated"] = ("type Query { a(i: I): Int } input I { a: Int! @deprecated }", new[] { "Required input field I.a cannot be deprecated." }),
        ["OneOfFieldsNullableWithoutDefaults"] = ("type Query { a(i: I): Int } input I @oneOf { a: Int! b: String = \"x\" }", new[] { "OneOf input field I.a must be nullable.", "OneOf input field I.b cannot have a default value." }),
        ["InputObjectSelfReferenceThroughNonNull"] = ("type Query { a(i: I): Int } input I { self: I! }", new[] { "Input Object I cannot be provided a finite value because it references itself through fields: I.self." }),
        ["InputObjectCycleThroughNonNull"] = ("type Query { a(i: A): Int } input A { b: B! } input B { a: A! }", new[] { "Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.a." }),
        ["OneOfInputObjectOnlySelfReference"] = ("type Query { a(i: I): Int } input I @oneOf { self: I }", new[] { "Input Object I cannot be provided a finite value because it references itself through fields: I.self." }),
        ["ListOfSelfIsFinite"] = ("type Query { a(i: I): Int } input I { list: [I!]! }", Array.Empty<string>()),
        ["DefaultValueSelfReference"] = ("type Query { a(i: I): Int } input I { x: I = {} }", new[] { "Invalid circular reference. The default value of Input Object field I.x references itself." }),
        ["DefaultValueCycle"] = ("type Query { a(i: A): Int } input A { b: B = {} } input B { a: A = {} }", new[] { "Invalid circular reference. The default value of Input Object field A.b references itself via the default values of: B.a." }),
        ["ImplementsObjectType"] = ("type Query { a: Int } type O implements Query { a: Int }", new[] { "Type O must only implement Interface types, it cannot implement Query." }),
        ["ImplementsItself"] = ("type Query implements Query { a: Int }", new[] { "Type Query must only implement Interface types, it cannot implement Query." }),
        ["ImplementsInterfaceTwice"] = ("interface I { a: Int } type Query implements I & I { a: Int }", new[] { "Type Query can only implement I once." }),
        ["InterfaceFieldMissing"] = ("interface I { a: Int } type Query implements I { b: Int }", new[] { "Interface field I.a expected but Query does not provide it." }),
        ["InterfaceFieldTypeNotCovariant"] = ("interface Node { id: ID! } type Query implements Node { id: String }", new[] { "Interface field Node.id expects type ID! but Query.id is type String." }),
        ["InterfaceArgumentMissing"] = ("interface I { a(x: Int): Int } type Query implements I { a: Int }", new[] { "Interface field argument I.a(x:) expected but Query.a does not provide it." }),
        ["InterfaceArgumentTypeDiffers"] = ("interface I { a(x: Int): Int } type Query implements I { a(x: String): Int }", new[] { "Interface field argument I.a(x:) expects type Int but Query.a(x:) is type String." }),
        ["ExtraRequiredArgument"] = ("interface I { a: Int } type Query implements I { a(x: Int!): Int }", new[] { "Argument \"Query.a(x:)\" must not be required type \"Int!\" if not provided by the Interface field \"I.a\"." }),
        ["ImplementationDeprecatedButInterfaceNot"] = ("interface I { a: Int } type Query implements I { a: Int @deprecated }", new[] { "Interface field I.a is not deprecated, so implementation field Query.a must not be deprecated." }),
        ["TransitiveInterfaceMissing"] = ("interface A { a: Int } interface B implements A { a: Int } type Query implements B { a: Int }", new[] { "Type Query must implement A because it is implemented by B." }),
        ["InterfaceCycle"] = ("interface A implements B { a: Int } interface B implements A { a: Int } type Query implements A & B { a: Int }", new[] { "Type A cannot implement B because it would create a circular reference.", "Type B cannot implement A because it would create a circular reference." }),
        ["InvalidScalarDefault"] = ("type Query { a(x: Int = \"no\"): Int }", new[] { "Query.a(x:) has invalid default value: Int cannot represent non-integer value: \"no\"" }),
        ["InvalidListItemDefault"] = ("type Query { a(x: [Int] = [1, \"b\"]): Int }", new[] { "Query.a(x:) has invalid default value at [1]: Int cannot represent non-integer value: \"b\"" }),
        ["InvalidInputObjectDefault"] = ("type Query { a(x: I = {b: 1}): Int } input I { a: Int! c: Int }", new[] { "Query.a(x:) has invalid default value: Expected value of type \"I\" to include required field \"a\", found: { b: 1 }.", "Query.a(x:) has invalid default value: Expected value of type \"I\" not to include unknown field \"b\". Did you mean \"a\" or \"c\"? Found: { b: 1 }." }),
        ["InvalidOneOfDefault"] = ("type Query { a(x: I = {a: 1, b: 2}): Int } input I @oneOf { a: Int b: Int }", new[] { "Query.a(x:) has invalid default value: Within OneOf Input Object type \"I\", exactly one field must be specified, and the value for that field must be non-null." }),
        ["InvalidEnumDefault"] = ("type Query { a(x: E = NOPE): Int } enum E { YES NO }", new[] { "Query.a(x:) has invalid default value: Value \"NOPE\" does not exist in \"E\" enum. Did you mean the enum value \"NO\"?" }),
        ["DirectiveArgumentNotInputType"] = ("type Query { a: Int } directive @d(x: Query) on FIELD", new[] { "The type of @d(x:) must be Input Type but got: Query." }),
        ["RequiredDirectiveArgumentDeprecated"] = ("type Query { a: Int } directive @d(x: Int! @deprecated) on FIELD", new[] { "Required argument @d(x:) cannot be deprecated." }),
        ["ReservedDirectiveName"] = ("type Query { a: Int } directive @__d on FIELD", new[] { "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection." }),
        ["InvalidDirectiveArgumentDefault"] = ("type Query { a: Int } directive @d(x: Int = 1.5) on FIELD", new[] { "@d(x:) has invalid default value: Int cannot represent non-integer value: 1.5" }),
        ["NonDefaultRootNamesAreValid"] = ("type Query { a: Int } type Mutation { b: Int } schema { query: Query } ", Array.Empty<string>()),
    };

    public static IEnumerable<object[]> Names => All.Keys.Select(k => new object[] { k });
}
