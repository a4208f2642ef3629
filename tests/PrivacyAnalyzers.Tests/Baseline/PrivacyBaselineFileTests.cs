using System;
using PrivacyAnalyzers.Baseline;
using Xunit;

namespace PrivacyAnalyzers.Tests.Baseline
{
    /// <summary>privacy-baseline.json as a reviewer reads it and as the suppressor parses it.</summary>
    public class PrivacyBaselineFileTests
    {
        private static BaselineEntry Entry(string rule, string file, string symbol, string anchor, int count = 1) =>
            new(new BaselineKey(rule, file, symbol, anchor), $"{rule} at {anchor}", count);

        [Fact]
        public void Entries_are_written_sorted_by_file_rule_symbol_and_anchor_whatever_their_order()
        {
            var one = new PrivacyBaselineFile(new[] { Entry("PRIV002", "b.cs", "M:B.Run", "Send"), Entry("PRIV001", "a.cs", "P:A.Z", "Z"), Entry("PRIV001", "a.cs", "P:A.Y", "Y") }).Write();
            var other = new PrivacyBaselineFile(new[] { Entry("PRIV001", "a.cs", "P:A.Y", "Y"), Entry("PRIV002", "b.cs", "M:B.Run", "Send"), Entry("PRIV001", "a.cs", "P:A.Z", "Z") }).Write();

            Assert.Equal(one, other);
            Assert.True(one.IndexOf("\"P:A.Y\"", StringComparison.Ordinal) < one.IndexOf("\"P:A.Z\"", StringComparison.Ordinal));
            Assert.True(one.IndexOf("\"P:A.Z\"", StringComparison.Ordinal) < one.IndexOf("\"M:B.Run\"", StringComparison.Ordinal));
        }

        [Fact]
        public void Entry_is_written_one_property_per_line_for_review()
        {
            var text = new PrivacyBaselineFile(new[] { Entry("PRIV001", "Studio/Stats.cs", "P:App.CreatorStats.ViewerIds", "ViewerIds", 2) }).Write();

            Assert.Equal(
                "{\n  \"version\": 1,\n  \"findings\": [\n    {\n      \"rule\": \"PRIV001\",\n      \"file\": \"Studio/Stats.cs\",\n"
                + "      \"symbol\": \"P:App.CreatorStats.ViewerIds\",\n      \"anchor\": \"ViewerIds\",\n      \"message\": \"PRIV001 at ViewerIds\",\n      \"count\": 2\n    }\n  ]\n}\n",
                text);
        }

        [Fact]
        public void Written_file_reads_back_to_the_same_entries()
        {
            var written = new PrivacyBaselineFile(new[] { Entry("PRIV002", "S.cs", "M:S.Unfollow(System.Guid)", "INotificationService.SendAsync", 3), Entry("PRIV100", "P.cs", "", "#pragma PRIV001") }).Write();

            var read = PrivacyBaselineFile.Parse(written);

            Assert.Equal(written, read.Write());
            Assert.Equal(3, read.Entries[1].Count);
        }

        [Fact]
        public void Quotes_backslashes_and_control_characters_survive_a_round_trip()
        {
            var tricky = "Type 'A' \"quoted\" C:\\path\ttab\u0001";
            var written = new PrivacyBaselineFile(new[] { new BaselineEntry(new BaselineKey("PRIV001", "a.cs", "P:A.B", "B"), tricky, 1) }).Write();

            Assert.Equal(tricky, PrivacyBaselineFile.Parse(written).Entries[0].Message);
        }

        [Theory]
        [InlineData("/repo/app", "/repo/app/Studio/Stats.cs", "Studio/Stats.cs")]
        [InlineData("/repo/app/", "/repo/app/Stats.cs", "Stats.cs")]
        [InlineData("/repo/app", "/repo/shared/Link.cs", "../shared/Link.cs")]
        [InlineData("/repo/app", "/repo/app/../app/Stats.cs", "Stats.cs")]
        public void Files_are_named_relative_to_the_baselines_folder_with_slashes(string folder, string file, string expected)
        {
            Assert.Equal(expected, BaselinePaths.Relative(folder, file));
        }

        [Fact]
        public void Empty_baseline_is_valid()
        {
            Assert.Empty(PrivacyBaselineFile.Parse(new PrivacyBaselineFile(Array.Empty<BaselineEntry>()).Write()).Entries);
        }

        [Theory]
        [InlineData("{ \"version\": 1, \"findings\": [ {\n  \"rule\": \"PRIV001\",\n  oops } ] }", 3, 3, "a property name in double quotes was expected")]
        [InlineData("{ \"version\": 1, \"findings\": [] } trailing", 1, 34, "text after the end of the JSON value")]
        [InlineData("{ \"version\": 1, \"findings\": [ \"a\n", 1, 31, "a string that never ends")]
        [InlineData("{ \"version\": 1, \"findings\": [ \"\\u 41 \" ] }", 1, 34, "an unknown escape in a string")]
        [InlineData("{ \"version\": +1, \"findings\": [] }", 1, 14, "a value was expected")]
        public void Text_that_is_not_json_is_an_error_at_its_line_and_column(string text, int line, int column, string problem)
        {
            var error = Assert.Throws<JsonTextException>(() => PrivacyBaselineFile.Parse(text));

            Assert.Equal((problem, line, column), (error.Problem, error.Line, error.Column));
        }

        [Theory]
        [InlineData("[]", "the baseline is not a JSON object")]
        [InlineData("{ \"findings\": [] }", "\"version\" must be 1")]
        [InlineData("{ \"version\": 1 }", "\"findings\" must be a list of entries")]
        [InlineData("{ \"version\": 1, \"findings\": [ { \"rule\": \"PRIV001\", \"file\": \"a.cs\", \"symbol\": \"P:A.B\", \"count\": 1 } ] }", "entry 1 has no \"anchor\" string")]
        [InlineData("{ \"version\": 1, \"findings\": [ { \"rule\": \"PRIV001\", \"file\": \"a.cs\", \"symbol\": \"P:A.B\", \"anchor\": \"B\", \"count\": 1.5 } ] }", "entry 1 has no \"count\" from 1 to 100000")]
        public void Json_that_is_not_a_baseline_says_what_is_missing(string text, string problem)
        {
            Assert.Equal(problem, Assert.Throws<JsonTextException>(() => PrivacyBaselineFile.Parse(text)).Problem);
        }
    }
}
