using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Tests.Meta
{
    /// <summary>
    /// A C# source written as a string literal in a rule test, with markup stripped, and what its test compiles it
    /// with: <see cref="Preamble"/> is what the test puts before it in the same document (its usings),
    /// <see cref="Companions"/> are the other documents of the test project.
    /// </summary>
    /// <param name="CompilerErrors">The compiler errors its markup declares, such as <c>{|CS0246:Missing|}</c>, in <see cref="Text"/>.</param>
    internal sealed record RuleTestSource(
        string Name,
        string Preamble,
        string Text,
        ImmutableArray<string> Companions,
        ImmutableArray<(string Id, TextSpan Span)> CompilerErrors)
    {
        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

        private static readonly ConcurrentDictionary<string, CSharpCompilation> ProjectsByCompanions = new();

        /// <summary>
        /// The test project with this document holding <see cref="Preamble"/> and <paramref name="text"/>, compiled as
        /// <see cref="TestSolution"/> compiles it. The companions are parsed once and shared by every run that uses them.
        /// </summary>
        public (Compilation Compilation, SyntaxTree Document) WithText(string text)
        {
            var document = CSharpSyntaxTree.ParseText(Preamble + text, ParseOptions, TestSolution.DocumentPath(0, 0));
            return (ProjectsByCompanions.GetOrAdd(string.Join("\0", Companions), _ => Project(Companions)).AddSyntaxTrees(document), document);
        }

        private static CSharpCompilation Project(ImmutableArray<string> companions) => CSharpCompilation.Create(
            "TestProject0",
            companions.Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, TestSolution.DocumentPath(0, i + 1))),
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>
    /// Finds the C# sources in tests/PrivacyAnalyzers.Tests/Rules/*.cs and how each is compiled, read from the syntax
    /// of the test around its literal, the way a reader follows it:
    /// <list type="number">
    /// <item><c>Usings + @"…"</c>: the left operand, a constant, is the preamble of the document.</item>
    /// <item><c>const string Source = @"…"</c> or <c>var source = …</c> in a test: followed to its first use.</item>
    /// <item>An argument of a helper of the same class, such as <c>VerifyAsync(@"…")</c>: followed into the helper, to
    /// where it uses that parameter.</item>
    /// <item>An element of <c>new[] { … }</c>, <c>{ … }</c>, <c>[ … ]</c> or <c>ImmutableArray.Create(…)</c>: one document
    /// of a project; the other elements, constants, are its companions.</item>
    /// <item>Anything else, such as <c>Verify.VerifyCodeFixAsync(@"…", …)</c> or a shared constant like
    /// <c>EngagementTestApp.Services</c>: a document compiled alone.</item>
    /// </list>
    /// Constants are resolved by name: in the enclosing member, in the enclosing type, or <c>Type.Name</c> in any rule test file.
    /// </summary>
    internal static class RuleTestSources
    {
        private static readonly string Folder = Path.Combine(RuleCatalog.RepositoryRoot, "tests", "PrivacyAnalyzers.Tests", "Rules");

        private static readonly string[] DeclarationKeywords = ["class ", "record ", "struct ", "interface ", "namespace "];

        private static readonly Lazy<IReadOnlyDictionary<string, SyntaxTree>> Trees = new(() =>
            Directory.EnumerateFiles(Folder, "*.cs").ToDictionary(
                path => Path.GetFileName(path),
                path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path)));

        /// <summary>The file names of tests/PrivacyAnalyzers.Tests/Rules/*.cs: the rule tests and the app they share.</summary>
        public static IEnumerable<string> Files => Trees.Value.Keys.Order(StringComparer.Ordinal);

        /// <summary>
        /// The C# sources written as string literals in a rule test file, once each for each way they are compiled.
        /// Interpolated strings are templates rather than sources (their holes are filled by [InlineData]) and are left out.
        /// </summary>
        public static IReadOnlyList<RuleTestSource> In(string fileName) =>
            Trees.Value[fileName].GetRoot().DescendantNodes()
                .OfType<LiteralExpressionSyntax>()
                .Where(literal => literal.IsKind(SyntaxKind.StringLiteralExpression) && LooksLikeCSharp(literal.Token.ValueText))
                .Select(literal => Source($"{fileName}:{literal.GetLocation().GetLineSpan().StartLinePosition.Line + 1}", literal))
                .DistinctBy(source => (source.Preamble, source.Text, string.Join("\0", source.Companions)))
                .ToList();

        private static RuleTestSource Source(string name, LiteralExpressionSyntax literal)
        {
            var (text, spans) = TestMarkup.Parse(literal.Token.ValueText, defaultId: "PRIV000");
            var (preamble, companions) = Composition(literal);
            return new RuleTestSource(
                name,
                preamble,
                text,
                companions.Select(companion => TestMarkup.Parse(companion, defaultId: "PRIV000").Source).ToImmutableArray(),
                spans.Where(span => span.Id.StartsWith("CS", StringComparison.Ordinal)).ToImmutableArray());
        }

        /// <summary>Follows <paramref name="node"/> outwards to the document it ends up in: see the rules above.</summary>
        private static (string Preamble, IEnumerable<string> Companions) Composition(ExpressionSyntax node)
        {
            var preamble = "";
            while (true)
            {
                switch (node.Parent)
                {
                    case BinaryExpressionSyntax add when add.IsKind(SyntaxKind.AddExpression) && add.Right == node:
                        preamble = Constant(add.Left) + preamble;
                        node = add;
                        break;
                    case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable } when IsLocal(variable):
                        node = FirstUse(variable);
                        break;
                    case ArgumentSyntax argument when Helper(argument) is { } parameterUse:
                        node = parameterUse;
                        break;
                    default:
                        return (preamble, Siblings(node).Select(Constant));
                }
            }
        }

        /// <summary>The other elements of the array, collection or <c>ImmutableArray.Create</c> call that holds <paramref name="node"/>.</summary>
        private static IEnumerable<ExpressionSyntax> Siblings(ExpressionSyntax node) => node.Parent switch
        {
            InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ArrayInitializerExpression) =>
                initializer.Expressions.Where(element => element != node),
            ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } element =>
                collection.Elements.OfType<ExpressionElementSyntax>().Where(other => other != element).Select(other => other.Expression),
            ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } list } argument
                when call.Expression.ToString() == "ImmutableArray.Create" =>
                list.Arguments.Where(other => other != argument).Select(other => other.Expression),
            _ => [],
        };

        /// <summary>Where a helper method of the same class uses the parameter that <paramref name="argument"/> is passed to.</summary>
        private static ExpressionSyntax? Helper(ArgumentSyntax argument)
        {
            if (argument.Parent is not ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax name } } list)
            {
                return null;
            }

            var helper = argument.Ancestors().OfType<TypeDeclarationSyntax>().First().Members.OfType<MethodDeclarationSyntax>()
                .FirstOrDefault(method => method.Identifier.ValueText == name.Identifier.ValueText);
            var parameter = argument.NameColon?.Name.Identifier.ValueText
                ?? helper?.ParameterList.Parameters.ElementAtOrDefault(list.Arguments.IndexOf(argument))?.Identifier.ValueText;
            return helper?.DescendantNodes().OfType<IdentifierNameSyntax>().FirstOrDefault(use => use.Identifier.ValueText == parameter);
        }

        private static bool IsLocal(VariableDeclaratorSyntax variable) => variable.Parent?.Parent is LocalDeclarationStatementSyntax;

        private static ExpressionSyntax FirstUse(VariableDeclaratorSyntax variable) =>
            variable.Ancestors().OfType<BlockSyntax>().First().DescendantNodes().OfType<IdentifierNameSyntax>()
                .First(use => use.Identifier.ValueText == variable.Identifier.ValueText);

        /// <summary>The value of a string constant expression: literals, <c>+</c>, and constants named in the rule test files.</summary>
        private static string Constant(ExpressionSyntax expression) => expression switch
        {
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
            BinaryExpressionSyntax add when add.IsKind(SyntaxKind.AddExpression) => Constant(add.Left) + Constant(add.Right),
            IdentifierNameSyntax name => Constant(Initializer(name, name.Identifier.ValueText, expression.Ancestors())),
            MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax type, Name: var member } =>
                Constant(Initializer(expression, member.Identifier.ValueText, TypesNamed(type.Identifier.ValueText))),
            _ => throw NotAConstant(expression),
        };

        /// <summary>The initializer of the first variable named <paramref name="name"/> declared in one of <paramref name="scopes"/>, innermost first.</summary>
        private static ExpressionSyntax Initializer(ExpressionSyntax reference, string name, IEnumerable<SyntaxNode> scopes) =>
            scopes.SelectMany(scope => scope.DescendantNodes().OfType<VariableDeclaratorSyntax>())
                .FirstOrDefault(variable => variable.Identifier.ValueText == name)?.Initializer?.Value
            ?? throw NotAConstant(reference);

        private static IEnumerable<TypeDeclarationSyntax> TypesNamed(string name) =>
            Trees.Value.Values.SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
                .Where(type => type.Identifier.ValueText == name);

        private static InvalidOperationException NotAConstant(ExpressionSyntax expression) =>
            new($"{expression.GetLocation().GetLineSpan()}: '{expression}' is not a string constant of the rule tests; teach {nameof(RuleTestSources)} how it is composed");

        private static bool LooksLikeCSharp(string text) =>
            DeclarationKeywords.Any(keyword => text.Contains(keyword, StringComparison.Ordinal));
    }
}
