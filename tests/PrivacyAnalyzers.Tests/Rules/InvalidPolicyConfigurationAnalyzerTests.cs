using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules
{
    public class InvalidPolicyConfigurationAnalyzerTests
    {
        private const string Source = "public sealed class Video { public int Views { get; set; } }";

        /// <summary>The PRIV000 messages for a configuration file that the build does not pass as an additional file: no location.</summary>
        private static async Task<string[]> MessagesAsync(string config)
        {
            using var workspace = new AdhocWorkspace();
            var solution = TestSolution.Create(workspace, ImmutableArray.Create(ImmutableArray.Create(Source)), config);
            var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(solution, new InvalidPolicyConfigurationAnalyzer());
            Assert.All(diagnostics, d => Assert.Equal(Location.None, d.Location));
            return diagnostics.Select(d => d.GetMessage()).ToArray();
        }

        /// <summary>
        /// Where PRIV000 points (file, 1-based line and column, message) when the build also passes the configuration file
        /// as an additional file, as the package's targets do.
        /// </summary>
        private static async Task<string[]> LocatedAsync(string config, string additionalPath = "/0/.editorconfig")
        {
            using var workspace = new AdhocWorkspace();
            var solution = TestSolution.Create(workspace, ImmutableArray.Create(ImmutableArray.Create(Source)), config);
            var project = solution.Projects.Single();
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(project.Id), ".editorconfig", SourceText.From(config), filePath: additionalPath);
            var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(solution, new InvalidPolicyConfigurationAnalyzer());
            return diagnostics.Select(Describe).ToArray();
        }

        private static string Describe(Diagnostic diagnostic)
        {
            if (diagnostic.Location == Location.None)
            {
                return "(no location): " + diagnostic.GetMessage();
            }

            var span = diagnostic.Location.GetLineSpan();
            return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.GetMessage()}";
        }

        [Fact]
        public async Task Misspelt_key_points_at_its_line_in_the_configuration_file()
        {
            var located = await LocatedAsync("is_global = true\n\n# the team's words\nprivacy.audiance_words = Patron\n");

            Assert.Equal(new[] { "/0/.editorconfig(4,1): Unknown privacy policy key 'privacy.audiance_words'; did you mean 'privacy.audience_words'?" }, located);
        }

        [Fact]
        public async Task Malformed_value_points_at_the_line_that_sets_it_in_an_indented_section()
        {
            var located = await LocatedAsync("root = true\n\n[*.cs]\n  privacy.audience_words = Pat ron ; the team's words\nprivacy.subject_words = Artist\n");

            Assert.Equal(
                new[] { "/0/.editorconfig(4,3): Malformed value of 'privacy.audience_words': 'Pat ron' is not a word (letters and digits, such as Patron)" },
                located);
        }

        [Fact]
        public async Task Key_misspelt_in_two_sections_is_reported_at_each_line()
        {
            var located = await LocatedAsync("root = true\n\n[*.cs]\nprivacy.strictness = high\n\n[Studio/*.cs]\nprivacy.strictness = low\n");

            Assert.Equal(
                new[]
                {
                    "/0/.editorconfig(4,1): Unknown privacy policy key 'privacy.strictness'; the keys are listed in docs/rules/PRIV000.md",
                    "/0/.editorconfig(7,1): Unknown privacy policy key 'privacy.strictness'; the keys are listed in docs/rules/PRIV000.md",
                },
                located);
        }

        [Fact]
        public async Task Additional_file_that_is_no_configuration_file_is_not_read()
        {
            var located = await LocatedAsync("is_global = true\nprivacy.audiance_words = Patron\n", additionalPath: "/0/notes.txt");

            Assert.Equal(new[] { "(no location): Unknown privacy policy key 'privacy.audiance_words'; did you mean 'privacy.audience_words'?" }, located);
        }

        [Fact]
        public async Task Misspelt_key_is_reported_with_the_key_that_was_meant()
        {
            var messages = await MessagesAsync("is_global = true\nprivacy.audiance_words = Patron\n");

            Assert.Equal(new[] { "Unknown privacy policy key 'privacy.audiance_words'; did you mean 'privacy.audience_words'?" }, messages);
        }

        [Fact]
        public async Task Singular_for_plural_suggests_the_plural_key()
        {
            var messages = await MessagesAsync("is_global = true\nprivacy.notification_sink = Outbox\n");

            Assert.Equal(new[] { "Unknown privacy policy key 'privacy.notification_sink'; did you mean 'privacy.notification_sinks'?" }, messages);
        }

        [Fact]
        public async Task Unknown_key_unlike_any_other_points_to_the_list_of_keys()
        {
            var messages = await MessagesAsync("is_global = true\nprivacy.strictness = high\n");

            Assert.Equal(new[] { "Unknown privacy policy key 'privacy.strictness'; the keys are listed in docs/rules/PRIV000.md" }, messages);
        }

        [Fact]
        public async Task Word_with_a_space_is_malformed()
        {
            var messages = await MessagesAsync("is_global = true\nprivacy.audience_words = Pat ron\n");

            Assert.Equal(
                new[] { "Malformed value of 'privacy.audience_words': 'Pat ron' is not a word (letters and digits, such as Patron)" },
                messages);
        }

        [Fact]
        public async Task Empty_list_entry_is_malformed()
        {
            var messages = await MessagesAsync("is_global = true\nprivacy.subject_words = Artist,,Label\n");

            Assert.Equal(new[] { "Malformed value of 'privacy.subject_words': it has an empty entry" }, messages);
        }

        [Fact]
        public async Task Removing_a_value_that_is_not_a_default_is_reported()
        {
            var messages = await MessagesAsync("is_global = true\nprivacy.audience_words = -Fans\n");

            Assert.Equal(new[] { "Malformed value of 'privacy.audience_words': '-Fans' removes nothing: 'Fans' is not a default" }, messages);
        }

        [Fact]
        public async Task Type_pattern_with_a_space_is_malformed()
        {
            var messages = await MessagesAsync("is_global = true\nprivacy.creator_facing_types = Payout Statement\n");

            Assert.Equal(
                new[] { "Malformed value of 'privacy.creator_facing_types': 'Payout Statement' is not a name pattern (letters, digits, '_', '.', '*', '?')" },
                messages);
        }

        [Fact]
        public async Task Every_key_with_a_well_formed_value_is_accepted()
        {
            var messages = await MessagesAsync(@"is_global = true
privacy.creator_facing_types = *PayoutStatement, Acme.Partner.*, -*Creator*Vm
privacy.creator_facing_namespaces = Acme.Partner.*, -Studio
privacy.creator_roles = Content Partner, -*Creator*
privacy.audience_words = Patron, -Member
privacy.subject_words = Artist
privacy.user_types = Customer, Acme.Identity.*
privacy.notification_sinks = Acme.Messaging.Outbox, Acme.Chat.ChatService.Post?
privacy.negative_events = Report, -Mute
privacy.private_events = Preview, -View
dotnet_diagnostic.PRIV001.severity = error
");

            Assert.Empty(messages);
        }

        [Fact]
        public async Task Key_in_an_editorconfig_section_is_checked()
        {
            var messages = await MessagesAsync("root = true\n\n[*.cs]\nprivacy.audience_word = Patron\n");

            Assert.Equal(new[] { "Unknown privacy policy key 'privacy.audience_word'; did you mean 'privacy.audience_words'?" }, messages);
        }

        [Fact]
        public async Task Configuration_without_privacy_keys_is_not_reported()
        {
            Assert.Empty(await MessagesAsync("root = true\n\n[*.cs]\nindent_size = 4\ndotnet_diagnostic.CA1000.severity = none\n"));
        }
    }
}
