//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::str`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StrParams {
    pub str2: ::std::option::Option<::std::string::String>,
    pub str3: ::std::option::Option<::std::string::String>,
    pub str4: ::std::option::Option<::std::string::String>,
}
impl StrParams {
    /// Sets `str2`.
    #[must_use]
    pub fn str2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.str2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `str3`.
    #[must_use]
    pub fn str3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.str3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `str4`.
    #[must_use]
    pub fn str4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.str4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::str`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StrOkHeaders {
    pub str: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::str`].
#[derive(Debug, Clone, PartialEq)]
pub enum StrResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StrOkHeaders },
}
/// Documented error responses of [`super::Client::str`].
#[derive(Debug, Clone, PartialEq)]
pub enum StrError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::str_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum StrPostError {}
impl super::Client {
    /// */ operation str "#
    ///
    /// `GET /op87/{str}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn str(
        &self,
        str: &str,
        params: &StrParams,
    ) -> ::std::result::Result<StrResponse, super::Error<StrError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op87/");
        url.push_str(
            &super::runtime::path_param(
                "str",
                &super::runtime::to_value("str", &str)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.str2 {
            let v = super::runtime::to_value("str", v)?;
            super::runtime::push_param(&mut query, "str", &v, "form", true);
        }
        if let Some(v) = &params.str3 {
            let v = super::runtime::to_value("str", v)?;
            headers.push(("str", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.str4 {
            let v = super::runtime::to_value("str", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "str", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[87usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("str", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "str", method = "GET", path = "/op87/{str}",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("str", status, &response_headers);
        match status {
            200 => {
                let headers = StrOkHeaders {
                    str: super::runtime::optional_header(
                        &response_headers,
                        "str",
                        status,
                    )?,
                };
                Ok(StrResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        StrError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(StrError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            StrError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op87/{str}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn str_post(
        &self,
        str: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<StrPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op87/");
        url.push_str(
            &super::runtime::path_param(
                "str",
                &super::runtime::to_value("str", &str)?,
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
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("str_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "str_post", method = "POST", path =
            "/op87/{str}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("str_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        StrPostError,
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
