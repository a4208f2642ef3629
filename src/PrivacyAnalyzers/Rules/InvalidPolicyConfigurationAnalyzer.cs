using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// PRIV000: a policy that is silently ignored is worse than none, so an unknown <c>privacy.*</c> key or a malformed
    /// value is reported. See docs/rules/PRIV000.md.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InvalidPolicyConfigurationAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorHelper.Create(
            RuleIdentifiers.InvalidPolicyConfiguration,
            title: "Invalid privacy policy configuration",
            messageFormat: "{0}",
            RuleCategories.Governance,
            DiagnosticSeverity.Warning,
            description: "Every privacy.* key in .editorconfig or .globalconfig must be one the package knows, with a well-formed value; otherwise the team's policy would be silently ignored.",
            WellKnownDiagnosticTags.CompilationEnd);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);

            // The policy belongs to the project, not to a file: checked once per compilation, and reported at the lines of
            // the configuration files that the build passes as additional files, or else without a location.
            context.RegisterCompilationAction(compilationContext =>
            {
                var files = PolicyFileLines.Read(compilationContext.Options.AdditionalFiles, compilationContext.CancellationToken);
                var reported = new HashSet<string>(StringComparer.Ordinal);
                foreach (var options in OptionSets(compilationContext.Compilation, compilationContext.Options.AnalyzerConfigOptionsProvider))
                {
                    foreach (var problem in Problems(options))
                    {
                        if (reported.Add(problem.Message))
                        {
                            foreach (var location in LocationsOf(problem, files))
                            {
                                compilationContext.ReportDiagnostic(Diagnostic.Create(Rule, location, problem.Message));
                            }
                        }
                    }
                }
            });
        }

        /// <summary>Each line that sets the key to what is wrong, or no location when no configuration file was passed to read.</summary>
        private static IEnumerable<Location> LocationsOf(PolicyProblem problem, PolicyFileLines files)
        {
            var found = false;
            foreach (var line in files.Setting(problem.Name))
            {
                if (problem.IsIn(line.Value))
                {
                    found = true;
                    yield return line.Location;
                }
            }

            if (!found)
            {
                yield return Location.None;
            }
        }

        /// <summary>The global options and each distinct set of per-file options (one per .editorconfig section combination).</summary>
        private static IEnumerable<AnalyzerConfigOptions> OptionSets(Compilation compilation, AnalyzerConfigOptionsProvider provider)
        {
            var seen = new HashSet<AnalyzerConfigOptions>();
            yield return provider.GlobalOptions;
            foreach (var tree in compilation.SyntaxTrees)
            {
                var options = provider.GetOptions(tree);
                if (seen.Add(options))
                {
                    yield return options;
                }
            }
        }

        private static IEnumerable<PolicyProblem> Problems(AnalyzerConfigOptions options)
        {
            foreach (var name in Keys(options))
            {
                if (!name.StartsWith(PolicyKeys.Prefix, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var key = PolicyKeys.Find(name);
                if (key is null)
                {
                    var closest = PolicyKeys.ClosestTo(name);
                    yield return new PolicyProblem(
                        name,
                        closest is null
                            ? $"Unknown privacy policy key '{name}'; the keys are listed in docs/rules/PRIV000.md"
                            : $"Unknown privacy policy key '{name}'; did you mean '{closest.FullName}'?");
                    continue;
                }

                if (options.TryGetValue(name, out var value))
                {
                    foreach (var problem in key.Problems(value))
                    {
                        yield return new PolicyProblem(name, $"Malformed value of '{key.FullName}': {problem}", key, problem);
                    }
                }
            }
        }

        private static IEnumerable<string> Keys(AnalyzerConfigOptions options)
        {
            try
            {
                return options.Keys;
            }
            catch (NotImplementedException)
            {
                // Hosts with their own options provider may not enumerate keys; nothing can be checked there.
                return Array.Empty<string>();
            }
        }

        /// <summary>What is wrong with one key: an unknown name, or one problem of its value.</summary>
        private sealed class PolicyProblem
        {
            private readonly PolicyKey? _key;
            private readonly string? _valueProblem;

            public PolicyProblem(string name, string message, PolicyKey? key = null, string? valueProblem = null)
            {
                Name = name;
                Message = message;
                _key = key;
                _valueProblem = valueProblem;
            }

            /// <summary>The key as the options spell it.</summary>
            public string Name { get; }

            public string Message { get; }

            /// <summary>Whether a line setting the key to <paramref name="value"/> is where the problem is: any such line for an unknown key.</summary>
            public bool IsIn(string value)
            {
                if (_key is null || _valueProblem is null)
                {
                    return true;
                }

                foreach (var problem in _key.Problems(value))
                {
                    if (problem == _valueProblem)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
