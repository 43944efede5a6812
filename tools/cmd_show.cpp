// kg show doc ID: one stored article with its metadata and sentences.
#include <fmt/core.h>

#include <iostream>

#include "extract/text/errors.hpp"
#include "store/store.hpp"
#include "tools/command.hpp"
#include "tools/options.hpp"

namespace kg::tools {
namespace {

class ShowCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Shows one stored item. 'kg show doc ID' prints an article's metadata and\n"
        "its sentences with their byte offsets into the stored text.");
    add_db_option(app, db_);
    app.add_option("kind", kind_, "what to show: doc")->required()->check(CLI::IsMember({"doc"}));
    app.add_option("id", id_, "its id (as listed by 'kg docs')")->required();
  }

  int run() override {
    store::Store db(db_, store::OpenMode::ReadOnly);
    const auto d = db.document(id_);
    if (!d) throw InputError(fmt::format("no document with id {} in {}", id_, db_));
    const auto& s = d->summary;
    std::cout << fmt::format("id          {}\n", s.id);
    std::cout << fmt::format("external id {}\n", s.external_id);
    std::cout << fmt::format("title       {}\n", s.title);
    std::cout << fmt::format("date        {}\n", s.date.empty() ? "-" : s.date);
    std::cout << fmt::format("source      {}\n", s.source.empty() ? "-" : s.source);
    std::cout << fmt::format("url         {}\n", s.url.empty() ? "-" : s.url);
    std::cout << fmt::format("origin      {}\n", s.origin);
    std::cout << fmt::format("metadata    {}\n", d->metadata_json);
    std::cout << fmt::format("hash        {}\n", d->content_hash);
    std::cout << fmt::format("ingested    {}\n", d->ingested_at);
    std::cout << fmt::format("paragraphs  {} ({} repeated verbatim, not segmented again)\n",
                             d->paragraphs, d->repeated_paragraphs);
    std::cout << fmt::format("sentences   {}\n\n", d->sentences.size());
    for (const auto& st : d->sentences) {
      std::string text = d->text.substr(st.bytes.begin, st.bytes.end - st.bytes.begin);
      for (char& c : text)
        if (c == '\n') c = ' ';
      std::cout << fmt::format("[{}] {}-{} {}\n", st.index, st.bytes.begin, st.bytes.end, text);
    }
    return kExitOk;
  }

 private:
  std::string db_;
  std::string kind_;
  int64_t id_ = 0;
};

}  // namespace

std::unique_ptr<Command> make_show_command() {
  return std::make_unique<ShowCommand>();
}

}  // namespace kg::tools
