using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Builds the solution a test runs in: project <c>p</c> holds <c>/p/Test0.cs</c>, <c>/p/Test1.cs</c>…
    /// and, when given, <c>/p/.editorconfig</c>. Every later project references the first one.
    /// </summary>
    internal static class TestSolution
    {
        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

        private static readonly CSharpCompilationOptions CompilationOptions = new(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable);

        public static string DocumentPath(int project, int document) => $"/{project}/Test{document}.cs";

        public static Solution Create(Workspace workspace, ImmutableArray<ImmutableArray<string>> projectSources, string? editorConfig)
        {
            var solution = workspace.CurrentSolution;
            for (var project = 0; project < projectSources.Length; project++)
            {
                var projectId = ProjectId.CreateNewId();
                var references = project == 0 ? [] : new[] { new ProjectReference(solution.ProjectIds[0]) };
                solution = solution.AddProject(ProjectInfo.Create(
                    projectId,
                    VersionStamp.Default,
                    name: $"TestProject{project}",
                    assemblyName: $"TestProject{project}",
                    LanguageNames.CSharp,
                    filePath: $"/{project}/TestProject{project}.csproj",
                    compilationOptions: CompilationOptions,
                    parseOptions: ParseOptions,
                    projectReferences: references,
                    metadataReferences: TestReferences.All));

                for (var document = 0; document < projectSources[project].Length; document++)
                {
                    solution = solution.AddDocument(
                        DocumentId.CreateNewId(projectId),
                        $"Test{document}.cs",
                        SourceText.From(projectSources[project][document]),
                        filePath: DocumentPath(project, document));
                }

                if (editorConfig is not null)
                {
                    // Parsed by content, so the same text works as an .editorconfig or as a globalconfig (is_global = true).
                    solution = solution.AddAnalyzerConfigDocument(
                        DocumentId.CreateNewId(projectId),
                        ".editorconfig",
                        SourceText.From(editorConfig),
                        filePath: $"/{project}/.editorconfig");
                }
            }

            return solution;
        }

        /// <summary>The path and text of every source document, project by project, in the order they were added.</summary>
        public static async Task<List<(string Path, string Text)>> ReadDocumentsAsync(Solution solution)
        {
            var documents = new List<(string, string)>();
            foreach (var document in solution.ProjectIds.SelectMany(id => solution.GetProject(id)!.Documents))
            {
                var text = await document.GetTextAsync();
                documents.Add((document.FilePath ?? document.Name, text.ToString()));
            }

            return documents;
        }
    }
}
