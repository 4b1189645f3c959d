#pragma once

namespace printcam::http {

/// Who may call a route once a password is set. Every route declares it, so adding one cannot
/// forget authentication (a test walks the table).
enum class Access {
  kPublic,  ///< The UI shell and login: needed before anyone can log in.
  kViewer,  ///< Stream and snapshots: public when "public viewing" is on, else like kAdmin.
  kAdmin,   ///< Everything else.
};

}  // namespace printcam::http
