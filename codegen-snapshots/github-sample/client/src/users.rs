//! Operations tagged by this module's tag.
/// Documented error responses of [`super::Client::users_get_authenticated`].
#[derive(Debug, Clone, PartialEq)]
pub enum UsersGetAuthenticatedError {
    /// Not modified
    NotModified,
    /// Requires authentication
    Unauthorized(super::types::BasicError),
    /// Forbidden
    Forbidden(super::types::BasicError),
}
impl super::Client {
    /// Get the authenticated user
    ///
    /// OAuth app tokens and personal access tokens (classic) need the `user` scope in order for the response to include private profile information.
    ///
    /// `GET /user`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn users_get_authenticated(
        &self,
    ) -> ::std::result::Result<
        super::types::UsersGetAuthenticatedOkBody,
        super::Error<UsersGetAuthenticatedError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/user");
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("users_get_authenticated", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "users/get-authenticated", method = "GET",
            path = "/user", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("users_get_authenticated", status, &response_headers);
        match status {
            200 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::UsersGetAuthenticatedOkBody,
                        UsersGetAuthenticatedError,
                    >(status, &bytes)?,
                )
            }
            304 => Err(super::Error::Api(UsersGetAuthenticatedError::NotModified)),
            401 => {
                Err(
                    super::Error::Api(
                        UsersGetAuthenticatedError::Unauthorized(
                            super::runtime::decode_json::<
                                super::types::BasicError,
                                UsersGetAuthenticatedError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            403 => {
                Err(
                    super::Error::Api(
                        UsersGetAuthenticatedError::Forbidden(
                            super::runtime::decode_json::<
                                super::types::BasicError,
                                UsersGetAuthenticatedError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
