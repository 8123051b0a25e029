using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Portal.Search.Analysis;

/// <summary>
/// Words (syllables) by the Unicode word rules, lower-cased; the folded variant also drops the marks
/// (Lucene's ASCII folding, which turns "đ" into "d"). Text is composed (NFC) before it gets here.
/// </summary>
internal sealed class VietnameseAnalyzer(bool folded) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 100 };
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (folded)
            stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
