//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::char`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CharParams {
    pub char2: ::std::option::Option<::std::string::String>,
    pub char3: ::std::option::Option<::std::string::String>,
    pub char4: ::std::option::Option<::std::string::String>,
}
impl CharParams {
    /// Sets `char2`.
    #[must_use]
    pub fn char2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.char2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `char3`.
    #[must_use]
    pub fn char3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.char3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `char4`.
    #[must_use]
    pub fn char4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.char4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::char`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CharOkHeaders {
    pub char: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::char`].
#[derive(Debug, Clone, PartialEq)]
pub enum CharResponse {
    /// ok
    Ok { body: super::types::Everything, headers: CharOkHeaders },
}
/// Documented error responses of [`super::Client::char`].
#[derive(Debug, Clone, PartialEq)]
pub enum CharError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::char_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum CharPostError {}
impl super::Client {
    /// */ operation char "#
    ///
    /// `GET /op86/{char}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn char(
        &self,
        char: &str,
        params: &CharParams,
    ) -> ::std::result::Result<CharResponse, super::Error<CharError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op86/");
        url.push_str(
            &super::runtime::path_param(
                "char",
                &super::runtime::to_value("char", &char)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.char2 {
            let v = super::runtime::to_value("char", v)?;
            super::runtime::push_param(&mut query, "char", &v, "form", true);
        }
        if let Some(v) = &params.char3 {
            let v = super::runtime::to_value("char", v)?;
            headers.push(("char", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.char4 {
            let v = super::runtime::to_value("char", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "char", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[86usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("char", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "char", method = "GET", path =
            "/op86/{char}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("char", status, &response_headers);
        match status {
            200 => {
                let headers = CharOkHeaders {
                    char: super::runtime::optional_header(
                        &response_headers,
                        "char",
                        status,
                    )?,
                };
                Ok(CharResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        CharError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(CharError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            CharError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op86/{char}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn char_post(
        &self,
        char: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<CharPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op86/");
        url.push_str(
            &super::runtime::path_param(
                "char",
                &super::runtime::to_value("char", &char)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("char_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "char_post", method = "POST", path =
            "/op86/{char}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("char_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        CharPostError,
                    >(status, &bytes)?,
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
