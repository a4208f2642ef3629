using System;
using System.Collections.Generic;
using System.Composition;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.Tests.Meta
{
    /// <summary>Every analyzer, fixer and descriptor the package ships, found by reflection.</summary>
    internal static class RuleCatalog
    {
        public static IReadOnlyList<DiagnosticAnalyzer> Analyzers { get; } =
            typeof(CreatorFacingAudienceIdentifierAnalyzer).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToList();

        public static IReadOnlyList<Type> FixerTypes { get; } =
            typeof(CreatorFacingAudienceIdentifierFixer).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
                .ToList();

        public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
            Analyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id).ToList();

        public static IEnumerable<object[]> DescriptorData => Descriptors.Select(d => new object[] { d.Id });

        public static IEnumerable<object[]> FixerData => FixerTypes.Select(t => new object[] { t.Name });

        public static DiagnosticDescriptor Descriptor(string id) => Descriptors.Single(d => d.Id == id);

        public static Type FixerType(string name) => FixerTypes.Single(t => t.Name == name);

        /// <summary>The repository root: the folder that holds PrivacyAnalyzers.sln, above the test binaries.</summary>
        public static string RepositoryRoot { get; } = FindRepositoryRoot();

        private static string FindRepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PrivacyAnalyzers.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("PrivacyAnalyzers.sln not found above " + AppContext.BaseDirectory);
        }

        public static bool IsExportedAndShared(Type fixer) =>
            fixer.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Length == 1
            && fixer.GetCustomAttributes(typeof(SharedAttribute), false).Length == 1;
    }
}
