#pragma once
// The simulated camera's setup button: pressed while the file `button` exists in its data folder
// (`touch DATA/button` presses it, `rm DATA/button` releases it), so a test or a person holds it
// as long as they like without a terminal attached.

#include <sys/stat.h>

#include <string>

#include "ports/button.hpp"

namespace printcam::host {

class FileButton final : public ports::Button {
 public:
  explicit FileButton(std::string path) : path_(std::move(path)) {}
  /// As gpio_get_level on a pulled-up pin: 0 while pressed.
  int level() const override {
    struct stat st {};
    return ::stat(path_.c_str(), &st) == 0 ? 0 : 1;
  }

 private:
  std::string path_;
};

}  // namespace printcam::host
